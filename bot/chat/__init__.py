"""Text → invocation → handler: the command model (model), the dispatcher (dispatch), the services
handlers may use (services) and the one reader of dates, times and zones people type (userinput)."""

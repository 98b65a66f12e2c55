"""The daily post: schedule maths (schedule), pacing, exactly-once delivery, and the APScheduler
wake-ups (scheduler). The post's content comes from a builder the composition root injects."""

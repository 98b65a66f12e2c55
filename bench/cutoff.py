"""Choose the relevance cut-off (bot.index.search.MIN_COVERAGE) by measurement, and score the
query sets.

Each query is a yes/no decision: answer (some article passes the cut-off) or say "nothing found".
An answerable query counts as a true positive only when a judged article is among the top 3, so a
cut-off that lets a wrong article through is not rewarded. The sweep prints, per threshold:

- recall:    answerable queries answered with a judged article in the top 3
- precision: answers given that were right (answerable query, judged article in the top 3)
- no-answer: unanswerable queries correctly answered with nothing

and the coverage margin: the lowest coverage of a judged article among the answerable queries
against the highest coverage of anything returned for an unanswerable one; then P@1 / MRR at
MIN_COVERAGE and every query that misses there.

Query sets (--set):
- insample: tests/queries.py, the tuning (dev) set;
- heldout:  tests/queries_heldout.py, never used to tune (out-of-sample);
- blind16:  tests/queries_blind16.py over seeds/ and over tests/gold/blind28/docs: the next round's
            blind set (--blind16), committed unscored at the end of the fifth session; blind17
            (seeds + tests/gold/blind29/docs) was written in the sixth session to tune on.
- blind18:  tests/queries_blind18.py over seeds/ and over tests/gold/blind30/docs: the seventh round's
            blind set (--blind18), committed unscored at the end of the sixth session; blind19
            (seeds + tests/gold/blind31/docs) was written in the seventh session to tune on.
- blind20:  tests/queries_blind20.py over seeds/ and over tests/gold/blind32/docs: the eighth round's
            blind set (--blind20), committed unscored in the seventh session and scored once at the
            end of the eighth (MRR 0.961, no-answer 0.893), spent now; blind21 (seeds +
            tests/gold/blind33/docs) was written in the eighth session to tune on.
- blind22:  tests/queries_blind22.py over seeds/ and over tests/gold/blind34/docs: the ninth round's
            blind set (--blind22), committed unscored in the eighth session and scored once at the
            end of the ninth (MRR 0.960, no-answer 1.000), spent now; blind23 (seeds +
            tests/gold/blind35/docs) was written in the ninth session to tune on.
- blind24:  tests/queries_blind24.py over seeds/ and over tests/gold/blind36/docs: the tenth round's
            blind set (--blind24), committed unscored in the ninth session and scored once at the
            end of the tenth (MRR 0.950, no-answer 0.857), spent now; blind25 (seeds +
            tests/gold/blind37/docs) was written in the tenth session to tune on.
- blind26:  tests/queries_blind26.py over seeds/ and over tests/gold/blind38/docs: the eleventh round's
            blind set (--blind26), committed unscored in the tenth session, scored once at the end of
            the eleventh (MRR 0.970, no-answer 0.821), spent now.
- blind27:  tests/queries_blind27.py over seeds/ and over tests/gold/blind39/docs: the twelfth round's
            blind set (--blind27), committed unscored in the eleventh session, scored once at the end of
            the twelfth (MRR 0.960, no-answer 0.857), spent now.
- blind28:  tests/queries_blind28.py over seeds/ and over tests/gold/blind40/docs: the thirteenth
            round's blind set (--blind28), committed unscored in the twelfth session.
- blind29:  tests/queries_blind29.py over seeds/ and over tests/gold/blind41/docs: the fourteenth
            round's blind set (--blind29), committed unscored in the thirteenth session and scored
            once at the end of the fourteenth (MRR 0.930, no-answer 0.893), spent now; blind31
            (seeds + tests/gold/blind43/docs, rich in unanswerable queries) was written in the
            fourteenth session to tune on.
- blind30:  tests/queries_blind30.py over seeds/ and over tests/gold/blind42/docs: the fifteenth
            round's blind set (--blind30), committed unscored in the fourteenth session and scored
            once at the end of the fifteenth (MRR 0.931, no-answer 0.964), spent now.
- blind32:  tests/queries_blind32.py over seeds/ and over tests/gold/blind44/docs: the sixteenth
            round's blind set (--blind32), committed unscored in the fifteenth session and scored
            once at the end of the sixteenth (MRR 0.955, no-answer 1.000), spent now; blind33
            (seeds + tests/gold/blind45/docs, rich in unanswerable queries) was written with it to
            tune on.
- blind34:  tests/queries_blind34.py over seeds/ and over tests/gold/blind46/docs: the seventeenth
            round's blind set (--blind34), committed unscored in the sixteenth session and scored
            once at the end of the seventeenth (MRR 0.950, no-answer 0.964), spent now; blind35
            (seeds + tests/gold/blind47/docs, rich in unanswerable and transliterated queries) was
            written with it to tune on.
- blind36:  tests/queries_blind36.py over seeds/ and over tests/gold/blind48/docs: the eighteenth
            round's blind set (--blind36), committed unscored in the seventeenth session and scored
            once at the end of the eighteenth (MRR 0.955, no-answer 0.964), spent now; blind37
            (seeds + tests/gold/blind49/docs, rich in unanswerable and transliterated queries) was
            written with it to tune on.
- blind38:  tests/queries_blind38.py over seeds/ and over tests/gold/blind50/docs: the nineteenth
            round's blind set (--blind38), committed unscored in the eighteenth session and scored
            once at the end of the nineteenth (MRR 0.906, no-answer 0.735), spent now.
- blind39:  tests/queries_blind39.py over seeds/ and over tests/gold/blind51/docs, rich in
            unanswerable queries: written in the eighteenth session to tune on (--blind39).
- blind40:  tests/queries_blind40.py over seeds/ and over tests/gold/blind52/docs: the twentieth
            round's blind set (--blind40), committed unscored in the nineteenth session and scored
            once at the end of the twentieth (MRR 0.903, no-answer 0.714), spent now.
- blind41:  tests/queries_blind41.py over seeds/ and over tests/gold/blind53/docs, rich in
            unanswerable queries: written in the nineteenth session to tune on (--blind41).
- blind42:  tests/queries_blind42.py over seeds/ and over tests/gold/blind54/docs, rich in
            unanswerable queries: written in the twentieth session to tune on (--blind42).
- blind43:  tests/queries_blind43.py over seeds/ and over tests/gold/blind55/docs: the twenty-first
            round's blind set (--blind43), committed unscored in the twentieth session and scored
            once at the end of the twenty-first (MRR 0.892, no-answer 0.735), spent now.
- blind44:  tests/queries_blind44.py over seeds/ and over tests/gold/blind56/docs, rich in
            unanswerable queries: written in the twenty-first session to tune on (--blind44).
- blind45:  tests/queries_blind45.py over seeds/ and over tests/gold/blind57/docs: the twenty-second
            round's blind set (--blind45), committed unscored in the twenty-first session, scored once at
            the end of the twenty-second (P@1 0.863, MRR 0.863, no-answer 0.820): spent.
- blind46:  tests/queries_blind46.py over seeds/ and over tests/gold/blind58/docs, rich in
            unanswerable queries: written in the twenty-second session to tune on (--blind46).
- blind47:  tests/queries_blind47.py over seeds/ and over tests/gold/blind59/docs: the twenty-third
            round's blind set (--blind47), committed unscored in the twenty-second session, scored once at
            the end of the twenty-third (P@1 0.829, MRR 0.829, no-answer 0.820): spent.
- blind48:  tests/queries_blind48.py over seeds/ and over tests/gold/blind60/docs, rich in
            unanswerable queries: written in the twenty-third session to tune on (--blind48).
- blind49:  tests/queries_blind49.py over seeds/ and over tests/gold/blind61/docs: the twenty-fourth
            round's blind set (--blind49), committed unscored in the twenty-third session, scored once at
            the end of the twenty-fourth (P@1 0.904, MRR 0.904, no-answer 0.804): spent.
- blind50:  tests/queries_blind50.py over seeds/ and over tests/gold/blind62/docs, rich in
            unanswerable queries: written in the twenty-fourth session to tune on (--blind50).
- blind51:  tests/queries_blind51.py over seeds/ and over tests/gold/blind63/docs: the twenty-fifth
            round's blind set (--blind51), scored once at the end of the twenty-fifth session: spent.
- blind52:  tests/queries_blind52.py over seeds/ and over tests/gold/blind64/docs, rich in
            unanswerable queries: written in the twenty-fifth session to tune on (--blind52).
- blind53:  tests/queries_blind53.py over seeds/ and over tests/gold/blind65/docs: the twenty-sixth
            round's blind set (--blind53), committed unscored in the twenty-fifth session, scored once at
            the end of the twenty-sixth (MRR 0.901, no-answer 0.880): spent.
- blind54:  tests/queries_blind54.py over seeds/ and over tests/gold/blind66/docs, rich in
            unanswerable queries: written in the twenty-sixth session to tune on (--blind54).
- blind55:  tests/queries_blind55.py over seeds/ and over tests/gold/blind67/docs: the twenty-seventh
            round's blind set (--blind55), committed unscored in the twenty-sixth session, scored once at
            the end of the twenty-seventh (MRR 0.916, no-answer 0.700): spent.
- blind56:  tests/queries_blind56.py over seeds/ and over tests/gold/blind68/docs: written in the
            twenty-seventh session to tune on (--blind56).
- blind57:  tests/queries_blind57.py over seeds/ and over tests/gold/blind69/docs: the twenty-eighth
            round's blind set (--blind57), committed unscored in the twenty-seventh session; scored once
            in the twenty-eighth (0.916 / 0.916 / no-answer 0.860): spent.
- blind58:  tests/queries_blind58.py over seeds/ and over tests/gold/blind70/docs: written in the
            twenty-eighth session to tune on (--blind58).
- blind59:  tests/queries_blind59.py over seeds/ and over tests/gold/blind71/docs: the twenty-ninth
            round's blind set (--blind59), committed unscored in the twenty-eighth session; scored once
            in the twenty-ninth (P@1 0.916, MRR 0.916, no-answer 0.780): spent.
- blind60:  tests/queries_blind60.py over seeds/ and over tests/gold/blind72/docs: written in the
            twenty-ninth session to tune on (--blind60).
- blind61:  tests/queries_blind61.py over seeds/ and over tests/gold/blind73/docs: the thirtieth
            round's blind set (--blind61), committed unscored in the twenty-ninth session; scored once
            at the round's end (thirtieth session): spent.
- blind62:  tests/queries_blind62.py over seeds/ and over tests/gold/blind74/docs: written in the
            thirtieth session to tune on (--blind62).
- blind63:  tests/queries_blind63.py over seeds/ and over tests/gold/blind75/docs: the thirty-first
            round's blind set (--blind63), committed unscored in the thirtieth session; scored once
            at that round's end, in the thirty-first session (MRR 0.867, no-answer 0.840): spent.
- blind64:  tests/queries_blind64.py over seeds/ and over tests/gold/blind76/docs: written in the
            thirty-first session to tune on (--blind64).
- blind65:  tests/queries_blind65.py over seeds/ and over tests/gold/blind77/docs: the thirty-second
            round's blind set (--blind65), committed unscored in the thirty-first session; scored once
            at the end of the thirty-second round (MRR 0.952, no-answer 0.780), spent now.
- blind66:  tests/queries_blind66.py over seeds/ and over tests/gold/blind78/docs: written in the
            thirty-second session to tune on (--blind66).
- blind67:  tests/queries_blind67.py over seeds/ and over tests/gold/blind79/docs: the thirty-third
            round's blind set (--blind67), committed unscored in the thirty-second session and scored
            once at that round's end, in the thirty-fourth session (MRR 0.952, no-answer 0.800), spent now.
- blind68:  tests/queries_blind68.py over seeds/ and over tests/gold/blind80/docs: written in the
            thirty-fourth session to tune on (--blind68).
- blind69:  tests/queries_blind69.py over seeds/ and over tests/gold/blind81/docs: the thirty-fifth
            round's blind set (--blind69), committed unscored in the thirty-fourth session, scored once
            at the end of the thirty-fifth (MRR 0.919, no-answer 0.889): spent.
- blind70:  tests/queries_blind70.py over seeds/ and over tests/gold/blind82/docs: written in the
            thirty-fifth session to tune on (--blind70).
- blind71:  tests/queries_blind71.py over seeds/ and over tests/gold/blind83/docs: the thirty-sixth
            round's blind set (--blind71), committed unscored in the thirty-fifth session, scored once
            at the end of the thirty-sixth (MRR 0.920, no-answer 0.836): spent.
- blind72:  tests/queries_blind72.py over seeds/ and over tests/gold/blind84/docs: written in the
            thirty-sixth session to tune on (--blind72).
- blind73:  tests/queries_blind73.py over seeds/ and over tests/gold/blind85/docs: the thirty-seventh
            round's blind set (--blind73), committed unscored in the thirty-sixth session, scored once at
            that round's end (P@1 / MRR 0.954, no-answer 0.788): spent.
- blind74:  tests/queries_blind74.py over seeds/ and over tests/gold/blind86/docs: written in the
            thirty-seventh session to tune on (--blind74).
- blind75:  tests/queries_blind75.py over seeds/ and over tests/gold/blind87/docs: the thirty-eighth
            round's blind set (--blind75), scored once at its end in the thirty-eighth session (P@1 / MRR
            0.935, no-answer 0.712), spent now.
- blind76:  tests/queries_blind76.py over seeds/ and over tests/gold/blind88/docs: written in the
            thirty-eighth session to tune on (--blind76).
- blind77:  tests/queries_blind77.py over seeds/ and over tests/gold/blind89/docs: the thirty-ninth
            round's blind set (--blind77), scored once at its end in the thirty-ninth session (P@1 / MRR
            0.908, no-answer 0.804), spent now.
- blind78:  tests/queries_blind78.py over seeds/ and over tests/gold/blind90/docs: written in the
            thirty-ninth session to tune on (--blind78).
- blind79:  tests/queries_blind79.py over seeds/ and over tests/gold/blind91/docs: the fortieth
            round's blind set (--blind79), scored once at its end in the fortieth session (P@1 / MRR
            0.940, no-answer 0.808), spent now.
- blind80:  tests/queries_blind80.py over seeds/ and over tests/gold/blind92/docs: written in the
            fortieth session to tune on (--blind80).
- blind81:  tests/queries_blind81.py over seeds/ and over tests/gold/blind93/docs: the forty-first
            round's blind set (--blind81), committed unscored in the fortieth session; scored once
            at that round's end in the forty-first session (MRR 0.932, no-answer 0.788): spent.
- blind82:  tests/queries_blind82.py over seeds/ and over tests/gold/blind94/docs: written in the
            forty-first session to tune on (--blind82).
- blind83:  tests/queries_blind83.py over seeds/ and over tests/gold/blind95/docs: the forty-second
            round's blind set (--blind83), committed unscored in the forty-first session; scored once
            at that round's end in the forty-second session (MRR 0.940, no-answer 0.882): spent.
- blind84:  tests/queries_blind84.py over seeds/ and over tests/gold/blind96/docs: written in the
            forty-second session to tune on (--blind84).
- blind85:  tests/queries_blind85.py over seeds/ and over tests/gold/blind97/docs: the forty-third
            round's blind set (--blind85), committed unscored in the forty-second session; scored once
            at that round's end in the forty-third session (MRR 0.966, no-answer 0.804): spent.
- blind86:  tests/queries_blind86.py over seeds/ and over tests/gold/blind98/docs: written in the
            forty-third session to tune on (--blind86).
- blind87:  tests/queries_blind87.py over seeds/ and over tests/gold/blind99/docs: the forty-fourth
            round's blind set (--blind87), committed unscored in the forty-third session; scored once
            at that round's end in the forty-fourth session (MRR 0.935, no-answer 0.815): spent.
- blind88:  tests/queries_blind88.py over seeds/ and over tests/gold/blind100/docs: written in the
            forty-fourth session to tune on (--blind88).
- blind89:  tests/queries_blind89.py over seeds/ and over tests/gold/blind101/docs: the forty-fifth
            round's blind set (--blind89), committed unscored in the forty-fourth session; scored once
            at that round's end in the forty-fifth session (MRR 0.924, no-answer 0.824): spent.
- blind90:  tests/queries_blind90.py over seeds/ and over tests/gold/blind102/docs: written in the
            forty-fifth session to tune on (--blind90).
- blind91:  tests/queries_blind91.py over seeds/ and over tests/gold/blind103/docs: the forty-sixth
            round's blind set (--blind91), committed unscored in the forty-fifth session; scored
            once at that round's end (MRR 0.917, no-answer 0.827): spent.
- blind92:  tests/queries_blind92.py over seeds/ and over tests/gold/blind104/docs: written in the
            forty-sixth session to tune on (--blind92).
- blind93:  tests/queries_blind93.py over seeds/ and over tests/gold/blind105/docs: the forty-seventh
            round's blind set (--blind93), committed unscored in the forty-sixth session; scored
            once at that round's end (MRR 0.954, no-answer 0.788): spent.
- blind94:  tests/queries_blind94.py over seeds/ and over tests/gold/blind106/docs: written in the
            forty-seventh session to tune on (--blind94).
- blind95:  tests/queries_blind95.py over seeds/ and over tests/gold/blind107/docs: the forty-eighth
            round's blind set (--blind95), committed unscored in the forty-seventh session; scored
            once at that round's end (MRR 0.946, no-answer 0.827): spent.
- blind96:  tests/queries_blind96.py over seeds/ and over tests/gold/blind108/docs: written in the
            forty-eighth session to tune on (--blind96).
- blind97:  tests/queries_blind97.py over seeds/ and over tests/gold/blind109/docs: the forty-ninth
            round's blind set (--blind97), committed unscored in the forty-eighth session; scored
            once at that round's end (MRR 0.964, no-answer 0.768): spent.
- blind98:  tests/queries_blind98.py over seeds/ and over tests/gold/blind110/docs: written in the
            forty-ninth session to tune on (--blind98).
- blind99:  tests/queries_blind99.py over seeds/ and over tests/gold/blind111/docs: the fiftieth
            round's blind set (--blind99), committed unscored in the forty-ninth session; scored
            once at the fiftieth round's end, spent.
- blind100: tests/queries_blind100.py over seeds/ and over tests/gold/blind112/docs: written in the
            fiftieth session to tune on (--blind100).
- blind101: tests/queries_blind101.py over seeds/ and over tests/gold/blind113/docs: the fifty-first
            round's blind set (--blind101), committed unscored in the fiftieth session; scored once at
            the fifty-first round's end (MRR 0.944, no-answer 0.768): spent.
- blind102: tests/queries_blind102.py over seeds/ and over tests/gold/blind114/docs: written in the
            fifty-first session to tune on (--blind102).
- blind103: tests/queries_blind103.py over seeds/ and over tests/gold/blind115/docs: the fifty-second
            round's blind set (--blind103), committed unscored in the fifty-first session; scored once at
            the fifty-second round's end (MRR 0.927, no-answer 0.741): spent.
- blind104: tests/queries_blind104.py over seeds/ and over tests/gold/blind116/docs: written in the
            fifty-second session to tune on (--blind104).
- blind105: tests/queries_blind105.py over seeds/ and over tests/gold/blind117/docs: the fifty-third
            round's blind set (--blind105), committed unscored in the fifty-second session; scored once at
            the fifty-third round's end (MRR 0.919, no-answer 0.818): spent.
- blind106: tests/queries_blind106.py over seeds/ and over tests/gold/blind118/docs: written in the
            fifty-third session to tune on (--blind106).
- blind107: tests/queries_blind107.py over seeds/ and over tests/gold/blind119/docs: the fifty-fourth
            round's blind set (--blind107), committed unscored in the fifty-third session; scored once at
            the fifty-fourth round's end (MRR 0.940, no-answer 0.782): spent.
- blind108: tests/queries_blind108.py over seeds/ and over tests/gold/blind120/docs: written in the
            fifty-fourth session to tune on (--blind108).
- blind109: tests/queries_blind109.py over seeds/ and over tests/gold/blind121/docs: the fifty-fifth
            round's blind set (--blind109), committed unscored in the fifty-fourth session; scored once at
            the fifty-fifth round's end (MRR 0.960, no-answer 0.891): spent.
- blind110: tests/queries_blind110.py over seeds/ and over tests/gold/blind122/docs: written in the
            fifty-fifth session to tune on (--blind110).
- blind111: tests/queries_blind111.py over seeds/ and over tests/gold/blind123/docs: the fifty-sixth
            round's blind set (--blind111), committed unscored in the fifty-fifth session; scored once at
            the fifty-sixth round's end (MRR 0.901, no-answer 0.837): spent.
- blind112: tests/queries_blind112.py over seeds/ and over tests/gold/blind124/docs: written in the
            fifty-sixth session to tune on (--blind112).
- blind113: tests/queries_blind113.py over seeds/ and over tests/gold/blind125/docs: the fifty-seventh
            round's blind set (--blind113), committed unscored in the fifty-sixth session; scored once at
            the fifty-seventh round's end (MRR 0.940, no-answer 0.804): spent.
- blind114: tests/queries_blind114.py over seeds/ and over tests/gold/blind126/docs: written in the
            fifty-seventh session to tune on (--blind114).
- blind115: tests/queries_blind115.py over seeds/ and over tests/gold/blind127/docs: the fifty-eighth
            round's blind set (--blind115), scored once at its end (0.958 / 0.958 / 0.808): spent.
- blind116: tests/queries_blind116.py over seeds/ and over tests/gold/blind128/docs: written in the
            fifty-eighth session to tune on (--blind116).
- blind117: tests/queries_blind117.py over seeds/ and over tests/gold/blind129/docs: the fifty-ninth
            round's blind set, scored once at its end (P@1 0.942, MRR 0.942, no-answer 0.776), spent now.
- blind118: tests/queries_blind118.py over seeds/ and over tests/gold/blind130/docs: written in the
            fifty-ninth session to tune on (--blind118).
- blind119: tests/queries_blind119.py over seeds/ and over tests/gold/blind131/docs: the sixtieth
            round's blind set, scored once at its end (P@1 0.926, MRR 0.926, no-answer 0.789), spent now.
- blind120: tests/queries_blind120.py over seeds/ and over tests/gold/blind132/docs: written in the
            sixtieth session to tune on (--blind120).
- blind121: tests/queries_blind121.py over seeds/ and over tests/gold/blind133/docs: the sixty-first
            round's blind set, scored once at its end (P@1 0.945, MRR 0.945, no-answer 0.854), spent now.
- blind122: tests/queries_blind122.py over seeds/ and over tests/gold/blind134/docs: written in the
            sixty-first session to tune on (--blind122).
- blind123: tests/queries_blind123.py over seeds/ and over tests/gold/blind135/docs: the sixty-second
            round's blind set, scored once at its end (P@1 0.928, MRR 0.928, no-answer 0.809), spent now.
- blind124: tests/queries_blind124.py over seeds/ and over tests/gold/blind136/docs: written in the
            sixty-second session to tune on (--blind124).
- blind125: tests/queries_blind125.py over seeds/ and over tests/gold/blind137/docs: the sixty-third
            round's blind set, scored once at its end (P@1 0.953, MRR 0.953, no-answer 0.860), spent now.
- blind126: tests/queries_blind126.py over seeds/ and over tests/gold/blind138/docs: written in the
            sixty-third session to tune on (--blind126).
- blind127: tests/queries_blind127.py over seeds/ and over tests/gold/blind139/docs: the sixty-fourth
            round's blind set, scored once at its end (P@1 0.980, MRR 0.980, no-answer 0.824), spent now.
- blind128: tests/queries_blind128.py over seeds/ and over tests/gold/blind140/docs: written in the
            sixty-fourth session to tune on (--blind128).
- blind129: tests/queries_blind129.py over seeds/ and over tests/gold/blind141/docs: the sixty-fifth
            round's blind set, scored once at its end (P@1 0.946, MRR 0.946, no-answer 0.840), spent now.
- blind130: tests/queries_blind130.py over seeds/ and over tests/gold/blind142/docs: written in the
            sixty-fifth session to tune on (--blind130).
- blind131: tests/queries_blind131.py over seeds/ and over tests/gold/blind143/docs: the sixty-sixth
            round's blind set, scored once at its end (P@1 0.958, MRR 0.958, no-answer 0.824), spent now.
- blind132: tests/queries_blind132.py over seeds/ and over tests/gold/blind144/docs: written in the
            sixty-sixth session to tune on (--blind132).
- blind133: tests/queries_blind133.py over seeds/ and over tests/gold/blind145/docs: the sixty-seventh
            round's blind set (--blind133), committed unscored in the sixty-sixth session; scored once at
            the round's end (MRR 0.956, no-answer 0.913), spent.
- blind134: tests/queries_blind134.py over seeds/ and over tests/gold/blind146/docs: written in the
            sixty-seventh session to tune on (--blind134).
- blind135: tests/queries_blind135.py over seeds/ and over tests/gold/blind147/docs: the sixty-eighth
            round's blind set (--blind135), committed unscored in the sixty-seventh session; scored once at
            the round's end (0.916 / 0.916 / 0.840), spent.
- blind136: tests/queries_blind136.py over seeds/ and over tests/gold/blind148/docs: written in the
            sixty-eighth session to tune on (--blind136).
- blind137: tests/queries_blind137.py over seeds/ and over tests/gold/blind149/docs: the sixty-ninth
            round's blind set (--blind137), committed unscored in the sixty-eighth session; scored once at
            the round's end (0.909 / 0.909 / 0.898): spent.
- blind138: tests/queries_blind138.py over seeds/ and over tests/gold/blind150/docs: written in the
            sixty-ninth session to tune on (--blind138).
- blind139: tests/queries_blind139.py over seeds/ and over tests/gold/blind151/docs: the seventieth
            round's blind set (--blind139), committed unscored in the sixty-ninth session; scored once at
            the round's end (0.926 / 0.926 / 0.833): spent.
- blind140: tests/queries_blind140.py over seeds/ and over tests/gold/blind152/docs: written in the
            seventieth session to tune on (--blind140).
- blind141: tests/queries_blind141.py over seeds/ and over tests/gold/blind153/docs: the seventy-first
            round's blind set (--blind141), committed unscored in the seventieth session.
- blind14:  tests/queries_blind14.py over seeds/ and over tests/gold/blind26/docs: the fifth session's
            blind set, scored once at its end (MRR 0.941, no-answer 0.897), spent now; blind15 (seeds +
            tests/gold/blind27/docs) was written with it to tune on.
- blind12:  tests/queries_blind12.py over seeds/ and over tests/gold/blind24/docs: the fourth session's
            blind set, scored once at its end (MRR 0.914, no-answer 0.957), spent now; blind13 (seeds +
            tests/gold/blind25/docs) was written with it to tune on.
- blind9:   tests/queries_blind9.py over seeds/ and over tests/gold/blind14/docs: the last blind set
            (--blind9), scored once at the end of the third session (MRR 0.960, no-answer 0.889),
            spent now; blind10 (seeds + tests/gold/blind15/docs)
            was written to tune on with it, and blind11 (seeds + tests/gold/blind16/docs) later;
            blind7 (seeds + tests/gold/blind12/docs, scored once,
            then tuned on) and blind8 (seeds + tests/gold/blind13/docs) are tuning sets; blind6
            (seeds + tests/gold/blind6/docs, scored once, then tuned on), blind5 and blind4 (seeds +
            tests/gold/blind5/docs) are tuning sets; blind3 (seeds +
            tests/gold/blind4/docs), blind2 and blind are spent.
- blind:    tests/queries_blind.py over seeds/ and over the new documents (tests/gold/dev/docs and
            tests/gold/blind/docs as one corpus). Scored once, at the end of a piece of work; its
            misses are printed only with --show-misses.

--scores prints one line per set (P@1, MRR, top-3, no-answer) instead of the sweep: the in-sample
and held-out sets, and the blind set too when --blind is given.

Run: .venv/bin/python bench/cutoff.py [--set insample|heldout|blind|blind2|…|blind11]
     [--scores [--blind] [--blind2] [--blind3] [--blind4] [--blind5] [--blind6] [--blind7] … [--blind11]]
     [--show-misses]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.corpus import load_corpus  # noqa: E402
from bot.index.search import MIN_COVERAGE, SearchIndex  # noqa: E402
from tests import (  # noqa: E402
    queries,
    queries_blind,
    queries_blind2,
    queries_blind3,
    queries_blind4,
    queries_blind5,
    queries_blind6,
    queries_blind7,
    queries_blind8,
    queries_blind9,
    queries_blind10,
    queries_blind11,
    queries_blind12,
    queries_blind13,
    queries_blind14,
    queries_blind15,
    queries_blind16,
    queries_blind17,
    queries_blind18,
    queries_blind19,
    queries_blind20,
    queries_blind21,
    queries_blind22,
    queries_blind23,
    queries_blind24,
    queries_blind25,
    queries_blind26,
    queries_blind27,
    queries_blind28,
    queries_blind29,
    queries_blind30,
    queries_blind31,
    queries_blind32,
    queries_blind33,
    queries_blind34,
    queries_blind35,
    queries_blind36,
    queries_blind37,
    queries_blind38,
    queries_blind39,
    queries_blind40,
    queries_blind41,
    queries_blind42,
    queries_blind43,
    queries_blind44,
    queries_blind45,
    queries_blind46,
    queries_blind47,
    queries_blind48,
    queries_blind49,
    queries_blind50,
    queries_blind51,
    queries_blind52,
    queries_blind53,
    queries_blind54,
    queries_blind55,
    queries_blind56,
    queries_blind57,
    queries_blind58,
    queries_blind59,
    queries_blind60,
    queries_blind61,
    queries_blind62,
    queries_blind63,
    queries_blind64,
    queries_blind65,
    queries_blind66,
    queries_blind67,
    queries_blind68,
    queries_blind69,
    queries_blind70,
    queries_blind71,
    queries_blind72,
    queries_blind73,
    queries_blind74,
    queries_blind75,
    queries_blind76,
    queries_blind77,
    queries_blind78,
    queries_blind79,
    queries_blind80,
    queries_blind81,
    queries_blind82,
    queries_blind83,
    queries_blind84,
    queries_blind85,
    queries_blind86,
    queries_blind87,
    queries_blind88,
    queries_blind89,
    queries_blind90,
    queries_blind91,
    queries_blind92,
    queries_blind93,
    queries_blind94,
    queries_blind95,
    queries_blind96,
    queries_blind97,
    queries_blind98,
    queries_blind99,
    queries_blind100,
    queries_blind101,
    queries_blind102,
    queries_blind103,
    queries_blind104,
    queries_blind105,
    queries_blind106,
    queries_blind107,
    queries_blind108,
    queries_blind109,
    queries_blind110,
    queries_blind111,
    queries_blind112,
    queries_blind113,
    queries_blind114,
    queries_blind115,
    queries_blind116,
    queries_blind117,
    queries_blind118,
    queries_blind119,
    queries_blind120,
    queries_blind121,
    queries_blind122,
    queries_blind123,
    queries_blind124,
    queries_blind125,
    queries_blind126,
    queries_blind127,
    queries_blind128,
    queries_blind129,
    queries_blind130,
    queries_blind131,
    queries_blind132,
    queries_blind133,
    queries_blind134,
    queries_blind135,
    queries_blind136,
    queries_blind137,
    queries_blind138,
    queries_blind139,
    queries_blind140,
    queries_blind141,
    queries_heldout,
)
from tests.queries import Query, SetScore, score_set  # noqa: E402

TOP_K = 3


@dataclass(frozen=True)
class Part:
    """Queries judged against one corpus (the blind set has two such parts)."""

    index: SearchIndex
    answered: tuple[Query, ...]
    unanswered: tuple[str, ...]


def seed_index() -> SearchIndex:
    return SearchIndex.from_corpus(load_corpus(ROOT / "seeds"))


# Sets whose misses are always listed: every one but the current blind set (blind16).
TUNING_SETS = (
    "blind4", "blind5", "blind6", "blind7", "blind8", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15",
    "blind17", "blind19", "blind21", "blind20", "blind23", "blind22", "blind25", "blind26", "blind24",
    "blind27",
)  # fmt: skip
BLIND_SETS = {
    "blind": queries_blind,
    "blind2": queries_blind2,
    "blind3": queries_blind3,
    "blind4": queries_blind4,
    "blind5": queries_blind5,
    "blind6": queries_blind6,
    "blind7": queries_blind7,
    "blind8": queries_blind8,
    "blind9": queries_blind9,
    "blind10": queries_blind10,
    "blind11": queries_blind11,
    "blind12": queries_blind12,
    "blind13": queries_blind13,
    "blind14": queries_blind14,
    "blind15": queries_blind15,
    "blind16": queries_blind16,
    "blind17": queries_blind17,
    "blind18": queries_blind18,
    "blind19": queries_blind19,
    "blind20": queries_blind20,
    "blind21": queries_blind21,
    "blind22": queries_blind22,
    "blind23": queries_blind23,
    "blind24": queries_blind24,
    "blind25": queries_blind25,
    "blind26": queries_blind26,
    "blind27": queries_blind27,
    "blind28": queries_blind28,
    "blind29": queries_blind29,
    "blind30": queries_blind30,
    "blind31": queries_blind31,
    "blind32": queries_blind32,
    "blind33": queries_blind33,
    "blind34": queries_blind34,
    "blind35": queries_blind35,
    "blind36": queries_blind36,
    "blind37": queries_blind37,
    "blind38": queries_blind38,
    "blind39": queries_blind39,
    "blind40": queries_blind40,
    "blind41": queries_blind41,
    "blind42": queries_blind42,
    "blind43": queries_blind43,
    "blind44": queries_blind44,
    "blind45": queries_blind45,
    "blind46": queries_blind46,
    "blind47": queries_blind47,
    "blind48": queries_blind48,
    "blind49": queries_blind49,
    "blind50": queries_blind50,
    "blind51": queries_blind51,
    "blind52": queries_blind52,
    "blind53": queries_blind53,
    "blind54": queries_blind54,
    "blind55": queries_blind55,
    "blind56": queries_blind56,
    "blind57": queries_blind57,
    "blind58": queries_blind58,
    "blind59": queries_blind59,
    "blind60": queries_blind60,
    "blind61": queries_blind61,
    "blind62": queries_blind62,
    "blind63": queries_blind63,
    "blind64": queries_blind64,
    "blind65": queries_blind65,
    "blind66": queries_blind66,
    "blind67": queries_blind67,
    "blind68": queries_blind68,
    "blind69": queries_blind69,
    "blind70": queries_blind70,
    "blind71": queries_blind71,
    "blind72": queries_blind72,
    "blind73": queries_blind73,
    "blind74": queries_blind74,
    "blind75": queries_blind75,
    "blind76": queries_blind76,
    "blind77": queries_blind77,
    "blind78": queries_blind78,
    "blind79": queries_blind79,
    "blind80": queries_blind80,
    "blind81": queries_blind81,
    "blind82": queries_blind82,
    "blind83": queries_blind83,
    "blind84": queries_blind84,
    "blind85": queries_blind85,
    "blind86": queries_blind86,
    "blind87": queries_blind87,
    "blind88": queries_blind88,
    "blind89": queries_blind89,
    "blind90": queries_blind90,
    "blind91": queries_blind91,
    "blind92": queries_blind92,
    "blind93": queries_blind93,
    "blind94": queries_blind94,
    "blind95": queries_blind95,
    "blind96": queries_blind96,
    "blind97": queries_blind97,
    "blind98": queries_blind98,
    "blind99": queries_blind99,
    "blind100": queries_blind100,
    "blind101": queries_blind101,
    "blind102": queries_blind102,
    "blind103": queries_blind103,
    "blind104": queries_blind104,
    "blind105": queries_blind105,
    "blind106": queries_blind106,
    "blind107": queries_blind107,
    "blind108": queries_blind108,
    "blind109": queries_blind109,
    "blind110": queries_blind110,
    "blind111": queries_blind111,
    "blind112": queries_blind112,
    "blind113": queries_blind113,
    "blind114": queries_blind114,
    "blind115": queries_blind115,
    "blind116": queries_blind116,
    "blind117": queries_blind117,
    "blind118": queries_blind118,
    "blind119": queries_blind119,
    "blind120": queries_blind120,
    "blind121": queries_blind121,
    "blind122": queries_blind122,
    "blind123": queries_blind123,
    "blind124": queries_blind124,
    "blind125": queries_blind125,
    "blind126": queries_blind126,
    "blind127": queries_blind127,
    "blind128": queries_blind128,
    "blind129": queries_blind129,
    "blind130": queries_blind130,
    "blind131": queries_blind131,
    "blind132": queries_blind132,
    "blind133": queries_blind133,
    "blind134": queries_blind134,
    "blind135": queries_blind135,
    "blind136": queries_blind136,
    "blind137": queries_blind137,
    "blind138": queries_blind138,
    "blind139": queries_blind139,
    "blind140": queries_blind140,
    "blind141": queries_blind141,
}


def newdocs_index(tmp: Path, name: str) -> SearchIndex:
    folder = BLIND_SETS[name].build_newdocs_corpus(ROOT, tmp / f"newdocs-{name}")
    return SearchIndex.from_corpus(load_corpus(folder))


def parts_of(name: str, tmp: Path) -> list[Part]:
    if name == "insample":
        return [Part(seed_index(), queries.ANSWERED, queries.UNANSWERED)]
    if name == "heldout":
        return [Part(seed_index(), queries_heldout.ANSWERED, queries_heldout.UNANSWERED)]
    b = BLIND_SETS[name]
    return [
        Part(seed_index(), b.SEEDS_ANSWERED, b.SEEDS_UNANSWERED),
        Part(newdocs_index(tmp, name), b.NEWDOCS_ANSWERED, b.NEWDOCS_UNANSWERED),
    ]


def sweep(parts: Sequence[Part], thresholds: list[float]) -> list[dict[str, float]]:
    # One search per query with no cut-off; a threshold then keeps the hits whose coverage passes.
    answered = [(q, p.index.search(q.text, limit=10, min_coverage=0.0)) for p in parts for q in p.answered]
    unanswered = [p.index.search(t, limit=10, min_coverage=0.0) for p in parts for t in p.unanswered]
    rows = []
    for t in thresholds:
        tp = fp = fn = 0
        for q, hits in answered:
            kept = [h for h in hits if h.coverage >= t]
            if not kept:
                fn += 1
            elif any(h.article.article_id in q.relevant for h in kept[:TOP_K]):
                tp += 1
            else:
                fp += 1  # answered, but with the wrong articles
        silent = sum(1 for hits in unanswered if not any(h.coverage >= t for h in hits))
        fp += len(unanswered) - silent
        rows.append(
            {
                "threshold": t,
                "recall": tp / len(answered),
                "precision": tp / (tp + fp) if tp + fp else 1.0,
                "no_answer": silent / len(unanswered),
                "accuracy": (tp + silent) / (len(answered) + len(unanswered)),
            }
        )
    return rows


def margin(parts: Sequence[Part]) -> tuple[float, str, float, str]:
    """(lowest judged coverage, its query, highest no-answer coverage, its query)."""
    low, low_q = 2.0, ""
    high, high_q = 0.0, ""
    for p in parts:
        for q in p.answered:
            hits = p.index.search(q.text, limit=10, min_coverage=0.0)
            cov = max((h.coverage for h in hits if h.article.article_id in q.relevant), default=0.0)
            if cov < low:
                low, low_q = cov, q.text
        for text in p.unanswered:
            cov = max((h.coverage for h in p.index.search(text, limit=10, min_coverage=0.0)), default=0.0)
            if cov > high:
                high, high_q = cov, text
    return low, low_q, high, high_q


def score_parts(parts: Sequence[Part]) -> SetScore:
    """One SetScore over all parts (weighted by their query counts)."""
    scores = [score_set(p.index, p.answered, p.unanswered) for p in parts]
    na = sum(s.answered for s in scores)
    nu = sum(s.unanswered for s in scores)
    return SetScore(
        answered=na,
        unanswered=nu,
        p_at_1=sum(s.p_at_1 * s.answered for s in scores) / na,
        mrr=sum(s.mrr * s.answered for s in scores) / na,
        top3=sum(s.top3 * s.answered for s in scores) / na,
        no_answer=sum(s.no_answer * s.unanswered for s in scores) / nu,
        misses=tuple(m for s in scores for m in s.misses),
        wrong=tuple(w for s in scores for w in s.wrong),
    )


LABELS = {
    "insample": "tests/queries.py (in-sample: the tuning set)",
    "heldout": "tests/queries_heldout.py (held out)",
    "blind": "tests/queries_blind.py (first blind set, spent: seeds + new documents)",
    "blind2": "tests/queries_blind2.py (second blind set, spent: seeds + the blind2/blind3 documents)",
    "blind3": "tests/queries_blind3.py (third blind set, spent: seeds + the blind4 documents)",
    "blind4": "tests/queries_blind4.py (fourth set, written with the fifth; tuned on: seeds + the blind5 documents)",
    "blind5": "tests/queries_blind5.py (fifth set, spent: scored once at 0.909, then tuned on)",
    "blind6": "tests/queries_blind6.py (sixth set, spent: scored once at 0.859, then tuned on)",
    "blind7": "tests/queries_blind7.py (seventh set, spent: scored once at 0.932, then tuned on)",
    "blind8": "tests/queries_blind8.py (eighth set, to tune on: seeds + the blind13 documents)",
    "blind9": "tests/queries_blind9.py (ninth set, spent: scored once at 0.960, seeds + the blind14 documents)",
    "blind10": "tests/queries_blind10.py (tenth set, to tune on: seeds + the blind15 documents)",
    "blind11": "tests/queries_blind11.py (eleventh set, to tune on: seeds + the blind16 documents)",
    "blind12": "tests/queries_blind12.py (twelfth set: seeds + the blind24 documents; scored once, spent)",
    "blind13": "tests/queries_blind13.py (thirteenth set, to tune on: seeds + the blind25 documents)",
    "blind14": "tests/queries_blind14.py (fourteenth set: seeds + the blind26 documents; scored once, spent)",
    "blind15": "tests/queries_blind15.py (fifteenth set, to tune on: seeds + the blind27 documents)",
    "blind16": "tests/queries_blind16.py (sixteenth set, BLIND: seeds + the blind28 documents; scored once)",
    "blind17": "tests/queries_blind17.py (seventeenth set, to tune on: seeds + the blind29 documents)",
    "blind18": "tests/queries_blind18.py (eighteenth set, BLIND: seeds + the blind30 documents; the next round's)",
    "blind19": "tests/queries_blind19.py (nineteenth set, to tune on: seeds + the blind31 documents)",
    "blind20": "tests/queries_blind20.py (twentieth set: seeds + the blind32 documents; scored once, spent)",
    "blind21": "tests/queries_blind21.py (twenty-first set, to tune on: seeds + the blind33 documents)",
    "blind22": "tests/queries_blind22.py (twenty-second set: seeds + the blind34 documents; scored once, spent)",
    "blind23": "tests/queries_blind23.py (twenty-third set, to tune on: seeds + the blind35 documents)",
    "blind24": "tests/queries_blind24.py (twenty-fourth set: seeds + the blind36 documents; scored once, spent)",
    "blind25": "tests/queries_blind25.py (twenty-fifth set, to tune on: seeds + the blind37 documents)",
    "blind26": "tests/queries_blind26.py (twenty-sixth set: seeds + the blind38 documents; scored once, spent)",
    "blind27": "tests/queries_blind27.py (twenty-seventh set: seeds + the blind39 documents; scored once, spent)",
    "blind28": "tests/queries_blind28.py (twenty-eighth set, spent: seeds + the blind40 documents; thirteenth round)",
    "blind29": "tests/queries_blind29.py (twenty-ninth set, spent: seeds + the blind41 documents; fourteenth round)",
    "blind30": "tests/queries_blind30.py (thirtieth set, spent: seeds + the blind42 documents; fifteenth round)",
    "blind31": "tests/queries_blind31.py (thirty-first set, to tune on: seeds + the blind43 documents)",
    "blind32": "tests/queries_blind32.py (thirty-second set, spent: seeds + the blind44 documents; sixteenth round)",
    "blind33": "tests/queries_blind33.py (thirty-third set, to tune on: seeds + the blind45 documents)",
    "blind34": "tests/queries_blind34.py (thirty-fourth set, spent: seeds + the blind46 documents; seventeenth round)",
    "blind35": "tests/queries_blind35.py (thirty-fifth set, to tune on: seeds + the blind47 documents)",
    "blind36": "tests/queries_blind36.py (thirty-sixth set: seeds + the blind48 documents; scored once, spent)",
    "blind37": "tests/queries_blind37.py (thirty-seventh set, to tune on: seeds + the blind49 documents)",
    "blind38": "tests/queries_blind38.py (thirty-eighth set: seeds + the blind50 documents; scored once, spent)",
    "blind39": "tests/queries_blind39.py (thirty-ninth set, to tune on: seeds + the blind51 documents)",
    "blind40": "tests/queries_blind40.py (fortieth set: seeds + the blind52 documents; scored once, spent)",
    "blind41": "tests/queries_blind41.py (forty-first set, to tune on: seeds + the blind53 documents)",
    "blind42": "tests/queries_blind42.py (forty-second set, to tune on: seeds + the blind54 documents)",
    "blind43": "tests/queries_blind43.py (forty-third set: seeds + the blind55 documents; scored once, spent)",
    "blind44": "tests/queries_blind44.py (forty-fourth set, to tune on: seeds + the blind56 documents)",
    "blind45": "tests/queries_blind45.py (forty-fifth set, spent: seeds + the blind57 documents; twenty-second round)",
    "blind46": "tests/queries_blind46.py (forty-sixth set, to tune on: seeds + the blind58 documents)",
    "blind47": "tests/queries_blind47.py (forty-seventh set, spent: seeds + the blind59 documents; twenty-third round)",
    "blind48": "tests/queries_blind48.py (forty-eighth set, to tune on: seeds + the blind60 documents)",
    "blind49": "tests/queries_blind49.py (forty-ninth set: seeds + the blind61 documents; scored once, spent)",
    "blind50": "tests/queries_blind50.py (fiftieth set, to tune on: seeds + the blind62 documents)",
    "blind51": "tests/queries_blind51.py (fifty-first set: seeds + the blind63 documents; scored once, spent)",
    "blind52": "tests/queries_blind52.py (fifty-second set, to tune on: seeds + the blind64 documents)",
    "blind53": "tests/queries_blind53.py (fifty-third set: seeds + the blind65 documents; scored once, spent)",
    "blind54": "tests/queries_blind54.py (fifty-fourth set, to tune on: seeds + the blind66 documents)",
    "blind55": "tests/queries_blind55.py (fifty-fifth set: seeds + the blind67 documents; scored once, spent)",
    "blind56": "tests/queries_blind56.py (fifty-sixth set, to tune on: seeds + the blind68 documents)",
    "blind57": "tests/queries_blind57.py (fifty-seventh set, spent: seeds + the blind69 documents; 28th round)",
    "blind58": "tests/queries_blind58.py (fifty-eighth set, to tune on: seeds + the blind70 documents)",
    "blind59": "tests/queries_blind59.py (fifty-ninth set, spent: seeds + the blind71 documents; 29th round)",
    "blind60": "tests/queries_blind60.py (sixtieth set, to tune on: seeds + the blind72 documents)",
    "blind61": "tests/queries_blind61.py (sixty-first set, spent: seeds + the blind73 documents; 30th round)",
    "blind62": "tests/queries_blind62.py (sixty-second set, to tune on: seeds + the blind74 documents)",
    "blind63": "tests/queries_blind63.py (sixty-third set: seeds + the blind75 documents; scored once, spent)",
    "blind64": "tests/queries_blind64.py (sixty-fourth set, to tune on: seeds + the blind76 documents)",
    "blind65": "tests/queries_blind65.py (sixty-fifth set: seeds + the blind77 documents; scored once, spent)",
    "blind66": "tests/queries_blind66.py (sixty-sixth set, to tune on: seeds + the blind78 documents)",
    "blind67": "tests/queries_blind67.py (sixty-seventh set: seeds + the blind79 documents; scored once, spent)",
    "blind68": "tests/queries_blind68.py (sixty-eighth set, to tune on: seeds + the blind80 documents)",
    "blind69": "tests/queries_blind69.py (sixty-ninth set, spent: seeds + the blind81 documents; 35th round)",
    "blind70": "tests/queries_blind70.py (seventieth set, to tune on: seeds + the blind82 documents)",
    "blind71": "tests/queries_blind71.py (seventy-first set, spent: seeds + the blind83 documents; 36th round)",
    "blind72": "tests/queries_blind72.py (seventy-second set, to tune on: seeds + the blind84 documents)",
    "blind73": "tests/queries_blind73.py (seventy-third set, spent: seeds + the blind85 documents; 37th round)",
    "blind74": "tests/queries_blind74.py (seventy-fourth set, to tune on: seeds + the blind86 documents)",
    "blind75": "tests/queries_blind75.py (seventy-fifth set: seeds + the blind87 documents; scored once, spent)",
    "blind76": "tests/queries_blind76.py (seventy-sixth set, to tune on: seeds + the blind88 documents)",
    "blind77": "tests/queries_blind77.py (seventy-seventh set: seeds + the blind89 documents; scored once, spent)",
    "blind78": "tests/queries_blind78.py (seventy-eighth set, to tune on: seeds + the blind90 documents)",
    "blind79": "tests/queries_blind79.py (seventy-ninth set: seeds + the blind91 documents; scored once, spent)",
    "blind80": "tests/queries_blind80.py (eightieth set, to tune on: seeds + the blind92 documents)",
    "blind81": "tests/queries_blind81.py (eighty-first set, spent: seeds + the blind93 documents; 41st round)",
    "blind82": "tests/queries_blind82.py (eighty-second set, to tune on: seeds + the blind94 documents)",
    "blind83": "tests/queries_blind83.py (eighty-third set, spent: seeds + the blind95 documents; 42nd round)",
    "blind84": "tests/queries_blind84.py (eighty-fourth set, to tune on: seeds + the blind96 documents)",
    "blind85": "tests/queries_blind85.py (eighty-fifth set, spent: seeds + the blind97 documents; 43rd round)",
    "blind86": "tests/queries_blind86.py (eighty-sixth set, to tune on: seeds + the blind98 documents)",
    "blind87": "tests/queries_blind87.py (eighty-seventh set, spent: seeds + the blind99 documents; 44th round)",
    "blind88": "tests/queries_blind88.py (eighty-eighth set, to tune on: seeds + the blind100 documents)",
    "blind89": "tests/queries_blind89.py (eighty-ninth set, spent: seeds + the blind101 documents; 45th round)",
    "blind90": "tests/queries_blind90.py (ninetieth set, to tune on: seeds + the blind102 documents)",
    "blind91": "tests/queries_blind91.py (ninety-first set: seeds + the blind103 documents; scored once, spent)",
    "blind92": "tests/queries_blind92.py (ninety-second set, to tune on: seeds + the blind104 documents)",
    "blind93": "tests/queries_blind93.py (ninety-third set: seeds + the blind105 documents; scored once, spent)",
    "blind94": "tests/queries_blind94.py (ninety-fourth set, to tune on: seeds + the blind106 documents)",
    "blind95": "tests/queries_blind95.py (ninety-fifth set: seeds + the blind107 documents; scored once, spent)",
    "blind96": "tests/queries_blind96.py (ninety-sixth set, to tune on: seeds + the blind108 documents)",
    "blind97": "tests/queries_blind97.py (ninety-seventh set: seeds + the blind109 documents; scored once, spent)",
    "blind98": "tests/queries_blind98.py (ninety-eighth set, to tune on: seeds + the blind110 documents)",
    "blind99": "tests/queries_blind99.py (ninety-ninth set: seeds + the blind111 documents; scored once, spent)",
    "blind100": "tests/queries_blind100.py (hundredth set, to tune on: seeds + the blind112 documents)",
    "blind101": "tests/queries_blind101.py (hundred-and-first set: seeds + the blind113 documents; scored once, spent)",
    "blind102": "tests/queries_blind102.py (hundred-and-second set, to tune on: seeds + the blind114 documents)",
    "blind103": "tests/queries_blind103.py (hundred-and-third set: seeds + the blind115 documents; scored once, spent)",
    "blind104": "tests/queries_blind104.py (hundred-and-fourth set, to tune on: seeds + the blind116 documents)",
    "blind105": "tests/queries_blind105.py (hundred-and-fifth set: seeds + the blind117 documents; scored once, spent)",
    "blind106": "tests/queries_blind106.py (hundred-and-sixth set, to tune on: seeds + the blind118 documents)",
    "blind107": "tests/queries_blind107.py (hundred-and-seventh set: seeds + blind119 documents; scored once, spent)",
    "blind108": "tests/queries_blind108.py (hundred-and-eighth set, to tune on: seeds + the blind120 documents)",
    "blind109": "tests/queries_blind109.py (hundred-and-ninth set: seeds + blind121 documents; scored once, spent)",
    "blind110": "tests/queries_blind110.py (hundred-and-tenth set, to tune on: seeds + the blind122 documents)",
    "blind111": "tests/queries_blind111.py (hundred-and-eleventh set: seeds + blind123 documents; scored once, spent)",
    "blind112": "tests/queries_blind112.py (hundred-and-twelfth set, to tune on: seeds + the blind124 documents)",
    "blind113": "tests/queries_blind113.py (hundred-and-thirteenth set: seeds + blind125 docs; scored once, spent)",
    "blind114": "tests/queries_blind114.py (hundred-and-fourteenth set, to tune on: seeds + the blind126 documents)",
    "blind115": "tests/queries_blind115.py (hundred-and-fifteenth set: seeds + blind127 docs; scored once, spent)",
    "blind116": "tests/queries_blind116.py (hundred-and-sixteenth set, to tune on: seeds + the blind128 documents)",
    "blind117": "tests/queries_blind117.py (hundred-and-seventeenth set: seeds + blind129 docs; scored once, spent)",
    "blind118": "tests/queries_blind118.py (hundred-and-eighteenth set, to tune on: seeds + the blind130 documents)",
    "blind119": "tests/queries_blind119.py (hundred-and-nineteenth set: seeds + blind131 docs; scored once, spent)",
    "blind120": "tests/queries_blind120.py (hundred-and-twentieth set, to tune on: seeds + the blind132 documents)",
    "blind121": "tests/queries_blind121.py (hundred-and-twenty-first set: seeds + blind133 docs; scored once, spent)",
    "blind122": "tests/queries_blind122.py (hundred-and-twenty-second set, to tune on: seeds + the blind134 documents)",
    "blind123": "tests/queries_blind123.py (hundred-and-twenty-third set: seeds + blind135 docs; scored once, spent)",
    "blind124": "tests/queries_blind124.py (hundred-and-twenty-fourth set, to tune on: seeds + the blind136 documents)",
    "blind125": "tests/queries_blind125.py (hundred-and-twenty-fifth set: seeds + blind137 docs; scored once, spent)",
    "blind126": "tests/queries_blind126.py (hundred-and-twenty-sixth set, to tune on: seeds + the blind138 documents)",
    "blind127": "tests/queries_blind127.py (hundred-and-twenty-seventh set: seeds + blind139 docs; scored once, spent)",
    "blind128": "tests/queries_blind128.py (hundred-and-twenty-eighth set, to tune on: seeds + the blind140 documents)",
    "blind129": "tests/queries_blind129.py (hundred-and-twenty-ninth set: seeds + blind141 docs; scored once, spent)",
    "blind130": "tests/queries_blind130.py (hundred-and-thirtieth set, to tune on: seeds + the blind142 documents)",
    "blind131": "tests/queries_blind131.py (hundred-and-thirty-first set: seeds + blind143 docs; scored once, spent)",
    "blind132": "tests/queries_blind132.py (hundred-and-thirty-second set, to tune on: seeds + the blind144 documents)",
    "blind133": "tests/queries_blind133.py (hundred-and-thirty-third set: seeds + blind145 docs; scored once, spent)",
    "blind134": "tests/queries_blind134.py (hundred-and-thirty-fourth set, to tune on: seeds + the blind146 documents)",
    "blind135": "tests/queries_blind135.py (hundred-and-thirty-fifth set: seeds + blind147 docs; scored once, spent)",
    "blind136": "tests/queries_blind136.py (hundred-and-thirty-sixth set, to tune on: seeds + the blind148 documents)",
    "blind137": "tests/queries_blind137.py (hundred-and-thirty-seventh set: seeds + blind149 docs; scored once, spent)",
    "blind138": "tests/queries_blind138.py (hundred-and-thirty-eighth set, to tune on: seeds + the blind150 documents)",
    "blind139": "tests/queries_blind139.py (hundred-and-thirty-ninth set: seeds + blind151 docs; scored once, spent)",
    "blind140": "tests/queries_blind140.py (hundred-and-fortieth set, to tune on: seeds + the blind152 documents)",
    "blind141": "tests/queries_blind141.py (hundred-and-forty-first set, BLIND: seeds + blind153 docs; 71st round)",
}


def print_misses(s: SetScore) -> None:
    print(f"  answerable, judged article not first ({len(s.misses)}):")
    for m in s.misses:
        print(f"    {m}")
    print(f"  unanswerable, answered anyway ({len(s.wrong)}):")
    for w in s.wrong:
        print(f"    {w}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=tuple(LABELS), default="insample")
    parser.add_argument("--heldout", action="store_true", help="same as --set heldout")
    parser.add_argument("--scores", action="store_true", help="one line of scores per set, no sweep")
    for name in BLIND_SETS:  # ("--blind112": one flag per set, its help the set's label)
        parser.add_argument(f"--{name}", action="store_true", help=f"with --scores: {LABELS[name]}")
    parser.add_argument("--show-misses", action="store_true", help="list misses (always on for non-blind sweeps)")
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="memorial-cutoff-") as tmp:
        if opts.scores:
            names = ["insample", "heldout"] + [b for b in BLIND_SETS if getattr(opts, b)]
            print(f"MIN_COVERAGE = {MIN_COVERAGE}")
            for name in names:
                parts = parts_of(name, Path(tmp))
                s = score_parts(parts)
                print(f"{name:>8}: {s.line()}")
                if len(parts) > 1:
                    for label, part in zip(("seeds", "new docs"), parts, strict=True):
                        print(f"{label:>18}: {score_parts([part]).line()}")
                if opts.show_misses or name not in BLIND_SETS or name in TUNING_SETS:
                    print_misses(s)
            return
        name = "heldout" if opts.heldout else opts.set
        parts = parts_of(name, Path(tmp))
        thresholds = [round(0.05 * i, 2) for i in range(21)]
        rows = sweep(parts, thresholds)
        na, nu = sum(len(p.answered) for p in parts), sum(len(p.unanswered) for p in parts)
        print(f"query set: {LABELS[name]}")
        print(f"{na} answerable queries, {nu} unanswerable; right = judged article in top {TOP_K}")
        print(f"{'min_coverage':>12} {'recall':>7} {'precision':>9} {'no-answer':>9} {'accuracy':>8}")
        for r in rows:
            mark = "  <- MIN_COVERAGE" if abs(r["threshold"] - MIN_COVERAGE) < 0.026 else ""
            print(
                f"{r['threshold']:>12.2f} {r['recall']:>7.3f} {r['precision']:>9.3f} {r['no_answer']:>9.3f}"
                f" {r['accuracy']:>8.3f}{mark}"
            )
        best = max(r["accuracy"] for r in rows)
        plateau = [r["threshold"] for r in rows if r["accuracy"] == best]
        print(f"best accuracy {best:.3f} for thresholds {plateau[0]:.2f}..{plateau[-1]:.2f}")
        low, low_q, high, high_q = margin(parts)
        if name not in BLIND_SETS or opts.show_misses:
            print(f"lowest coverage of a judged answer: {low:.3f} ({low_q!r})")
            print(f"highest coverage on a no-answer query: {high:.3f} ({high_q!r})")
        else:
            print(f"lowest coverage of a judged answer: {low:.3f}; highest on a no-answer query: {high:.3f}")
        print(f"midpoint of the gap: {(low + high) / 2:.3f}; MIN_COVERAGE = {MIN_COVERAGE}")
        s = score_parts(parts)
        print(f"at MIN_COVERAGE = {MIN_COVERAGE}: {s.line()}")
        if name not in BLIND_SETS or opts.show_misses:
            print_misses(s)


if __name__ == "__main__":
    main()

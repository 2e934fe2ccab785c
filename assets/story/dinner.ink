// Chapter 3 — Dinner. Night. The dining room of the mas.
// One long conversation. Every exchange offers truth, half-truth, a cover story, a deflection
// or a joke. A lie about his career is caught if it is the second one, or if he has already
// admitted the truth, or if something gives him away: Henri Vasseur's passport in his pocket
// (his hand goes to it), or the way he looked her over at the door (two details or more).

=== dinner ===
{ dinner_finished:
    The plates are empty and the candle is a puddle of wax. Sophie is already at the garden door, waiting for him and the bottle. #id:dinner.1
    ~ start_chapter("garden")
    -> DONE
}
-> arrival

= arrival
They eat in the dining room, under the old beams, with the window open to the dark. #id:dinner.2
{ picked_tomatoes:
    Bread torn by hand. The Banon open on its chestnut leaves. Tomatoes in oil, the ones from the wall this afternoon. #id:dinner.3
- else:
    Bread torn by hand. The Banon open on its chestnut leaves. Tomatoes in oil. #id:dinner.4
}
{ bottle_vintage == "1989":
    The '89 stands between them like a third guest who hasn't yet decided whether to speak. #id:dinner.5
- else:
    A bottle of his own red stands between them, a third of it gone already. #id:dinner.6
}
She sits where he puts her, facing the window. He takes the chair that faces the door. He always does. #id:dinner.7
{ invited_her:
    You asked me to stay. I had a whole speech ready for when you didn't. # speaker: sophie # mood: warm #id:dinner.235
- else:
    This is very kind of you. I half expected the door in my face. # speaker: sophie # mood: warm #id:dinner.8
}
I thought about it. # speaker: stephane # mood: amused #id:dinner.9
{ vineyard_marcel or vineyard_odette:
    The couple on the lane pointed me up here. She said you'd feed me. He said you'd tell me nothing at all. # speaker: sophie # mood: amused #id:dinner.10
    { said_too_much:
        He also said you told him, just this afternoon, that your old colleagues don't send postcards. # speaker: sophie #id:dinner.11
        Marcel. Of course. By breakfast it will be the Pope's private secretary who doesn't send postcards. #id:dinner.12
    }
    Marcel and Odette. Better informed than most people I've worked with. # speaker: stephane #id:dinner.13
- else:
    I asked the way at the bottom of the lane. Everyone knew your house. Nobody seemed to know anything else. # speaker: sophie #id:dinner.14
}
-> wine

// ---------------------------------------------------------------------------------------------
= wine
She tastes the wine, and her eyebrows go up. #id:dinner.15
Oh. That's... a lot of wine in one mouthful. # speaker: sophie #id:dinner.16
How does a diplomat end up making wine? # speaker: sophie # mood: curious #id:dinner.17
+ {tasted_wine} [(Tell her about the wine, properly.) #id:dinner.18]
    ~ truth(1)
    Black cherry first. Then warm stone, and the hills after the first rain. # speaker: stephane # mood: warm #id:dinner.19
    The bitterness at the end is the point. It makes you wait for it. # speaker: stephane #id:dinner.20
    You talk about it the way other men talk about women. Or wars. # speaker: sophie # mood: amused #id:dinner.21
    Wine is kinder than either. And it keeps better. # speaker: stephane #id:dinner.22
+ [I wanted to live somewhere no one had sent me. #id:dinner.23]
    ~ truth(1)
    I wanted to live somewhere nobody had ever sent me. # speaker: stephane #id:dinner.24
    Somewhere nobody had sent you. # speaker: sophie # mood: thoughtful #id:dinner.25
    She repeats it under her breath, as if to keep it somewhere safe. #id:dinner.26
    { not notebook_closed:
        She doesn't write it down. He notices that she doesn't. #id:dinner.27
    }
+ [It was my grandfather's land. #id:dinner.28]
    ~ lie()
    ~ told_grandfather = true
    It was my grandfather's land. Family duty. Somebody had to take it on. # speaker: stephane #id:dinner.29
    Your grandfather had good taste. # speaker: sophie # mood: warm #id:dinner.30
    { noticed_shoes:
        Her shoes were white with the dust of the lane. She walked up past Marcel and Odette. #id:dinner.31
        And Marcel knows exactly who sold him this land, and when, and for how much. She'll hear about the grandfather. #id:dinner.32
    - else:
        She smiles and lets it pass. It is a small lie, and it sits on the table between them like a crumb. #id:dinner.33
    }
+ [Diplomats retire. Wine doesn't ask questions. #id:dinner.34]
    ~ jokes = jokes + 1
    ~ trust = trust + 1
    Diplomats retire, and they need something to do with their hands. And wine doesn't ask questions. # speaker: stephane # mood: amused #id:dinner.35
    I do. # speaker: sophie # mood: amused #id:dinner.36
    So I see. # speaker: stephane #id:dinner.37
-
-> diplomat

// ---------------------------------------------------------------------------------------------
= diplomat
She sets her glass down, and turns it a quarter turn by the stem, the way people do when they have decided something. #id:dinner.38
{ notebook_closed:
    The notebook stays in her bag. She doesn't seem to miss it. #id:dinner.39
- else:
    { noticed_notebook:
        She still hasn't opened the notebook. It lies by her plate like a door she is choosing not to knock on. #id:dinner.40
    }
}
{ vineyard_whispers_1:
    Never a diplomat at all, Odette said on the lane. The village has been asking that for twenty years. Sophie has had one evening. #id:dinner.41
}
So. A diplomat. I've read the official version of those years. I'd like yours. # speaker: sophie #id:dinner.42
What did a diplomat actually do? # speaker: sophie #id:dinner.43
+ [Trade delegations. Cheese quotas. Receptions. #id:dinner.44]
    ~ lie()
    ~ told_cheese = true
    ~ career_lies = career_lies + 1
    Trade delegations, mostly. Cheese quotas. Receptions where everyone stood too close to the canapés. # speaker: stephane #id:dinner.45
    { passport_in_pocket:
        ~ caught()
        His hand goes to his shirt pocket, to Henri Vasseur, and comes away again. #id:dinner.46
        Sophie watches the hand. Not his face. The hand. #id:dinner.47
        Cheese quotas. # speaker: sophie #id:dinner.48
        Is that what you keep in your shirt pocket? Cheese quotas? # speaker: sophie # mood: amused #id:dinner.49
        He lays the hand flat on the table, where it should have stayed. #id:dinner.50
    - else:
        { noticed_count() >= 2:
            ~ caught()
            Can I tell you something? At the door, you looked at {noticed_list()} before you looked at my face. # speaker: sophie #id:dinner.51
            I've met a lot of trade attachés. They look at your face first. Faces are what they trade in. # speaker: sophie # mood: amused #id:dinner.52
            He had thought he was being discreet. Twenty years ago, he would have been. #id:dinner.53
        - else:
            Cheese quotas. # speaker: sophie #id:dinner.54
            You say it like you've said it a hundred times. # speaker: sophie # mood: thoughtful #id:dinner.55
            He has. To far less patient listeners than her, he tells himself. He isn't sure that's true. #id:dinner.56
        }
    }
+ [I listened to people. That was most of it. #id:dinner.57]
    ~ trust = trust + 1
    I listened to people. That was most of it. # speaker: stephane #id:dinner.58
    Listened to whom? # speaker: sophie #id:dinner.59
    Anyone who wanted to talk. And a few who didn't. # speaker: stephane #id:dinner.60
    That's a very careful sentence. # speaker: sophie # mood: amused #id:dinner.61
    It was a very careful job. # speaker: stephane #id:dinner.62
+ [I wasn't only a diplomat. You know that. #id:dinner.63]
    ~ admitted_spy = true
    ~ truth(2)
    ~ trust = trust + 1
    I wasn't only a diplomat. You knew that before you knocked. # speaker: stephane #id:dinner.64
    She doesn't reach for a pencil. She doesn't move at all. #id:dinner.65
    Thank you. You'd be surprised how rarely anyone says it out loud. # speaker: sophie # mood: moved #id:dinner.66
    Don't ask me for the rest. Not yet. # speaker: stephane # mood: guarded #id:dinner.67
    Not yet. # speaker: sophie #id:dinner.68
    And she doesn't. #id:dinner.69
+ {passport_in_pocket} [(Put the passport on the table.) #id:dinner.70]
    -> passport ->
+ [(Tell her the one about the ambassador's parrot.) #id:dinner.71]
    ~ lie()
    ~ told_parrot = true
    ~ jokes = jokes + 1
    { jokes == 1:
        ~ trust = trust + 1
    }
    Vienna, 1979. The ambassador kept a parrot in his office, a grey one, older than the Republic. # speaker: stephane # mood: amused #id:dinner.72
    It had learned exactly one phrase: Non, Monsieur le Ministre. In the minister's voice. # speaker: stephane #id:dinner.73
    We were two days into a trade negotiation, and it said it at the one moment we were about to say yes. # speaker: stephane #id:dinner.74
    And? # speaker: sophie # mood: amused #id:dinner.75
    And the Austrians gave us better terms. They thought we were bluffing. I was sent to buy the bird a medal. # speaker: stephane #id:dinner.76
    She laughs, a real laugh, surprised out of her. Then she looks at him over her glass. #id:dinner.77
    That's a wonderful story. How many times have you told it? # speaker: sophie #id:dinner.78
    Enough times that it's nearly true. # speaker: stephane #id:dinner.79
    { jokes >= 2:
        You're very funny whenever I ask you something. Has anyone told you that? # speaker: sophie # mood: amused #id:dinner.80
    }
-
-> her

// Henri Vasseur's passport, laid on the table. Can happen once, in either of two exchanges.
= passport
~ showed_passport = true
~ admitted_spy = true
~ passport_in_pocket = false
~ truth(2)
~ trust = trust + 1
He takes the passport out of his shirt pocket and lays it by her plate, between the bread and the candle. #id:dinner.81
She looks at it a long time before she touches it. Then she opens it carefully, the way you'd open someone else's letters. #id:dinner.82
Henri Vasseur. # speaker: sophie # mood: quiet #id:dinner.83
He was a very good diplomat. Charming at receptions. Never forgot a name. He never existed. # speaker: stephane #id:dinner.84
And you were him. # speaker: sophie #id:dinner.85
For three years. I found him in the cellar this afternoon. I don't know why I kept him on me. # speaker: stephane #id:dinner.86
She closes it and slides it back across the table to him. She doesn't write down the name. #id:dinner.87
I think you do. # speaker: sophie # mood: gentle #id:dinner.88
->->

// ---------------------------------------------------------------------------------------------
= her
~ asked_her = 0
She fills his glass before her own. He notices that too. #id:dinner.89
Your turn. Ask me something, if you like. It's only fair. # speaker: sophie #id:dinner.90
-> her_questions

= her_questions
* [Why this story? Why spies? #id:dinner.91]
    ~ trust = trust + 1
    { knows_her_father:
        -> spies_again
    }
    ~ knows_her_father = true
    My father worked for the State Department. That's what it said on his business cards, anyway. # speaker: sophie #id:dinner.92
    Vienna, Bonn, Athens. He missed every birthday I had between six and sixteen. He always brought back the wrong presents. # speaker: sophie # mood: wry #id:dinner.93
    He died two winters ago. When I cleaned out his closet, I found a shoebox. # speaker: sophie #id:dinner.94
    Three passports. Three names. One face. # speaker: sophie # mood: quiet #id:dinner.95
    { showed_passport:
        Like your Henri. # speaker: sophie #id:dinner.96
    - else:
        { found_passport:
            Stéphane thinks of a crate under the cellar stairs, and says nothing. #id:dinner.97
        }
    }
    He never told me. Not a word, not even at the end. I'd like to understand why. # speaker: sophie #id:dinner.98
* [Why me? #id:dinner.99]
    ~ trust = trust + 1
    { asked_source:
        You know about the archive. After that, the village. # speaker: sophie #id:dinner.100
    - else:
        An old man in an archive in Paris said your name, and then pretended he hadn't. # speaker: sophie #id:dinner.101
        After that, the village. # speaker: sophie #id:dinner.102
    }
    Everybody down there knows your name, and not one other thing about you. Most people leave more behind. # speaker: sophie #id:dinner.103
    And you opened the door. Most of them don't. # speaker: sophie # mood: warm #id:dinner.104
* {noticed_hands} [The ring on your thumb. Whose was it? #id:dinner.105]
    ~ trust = trust + 2
    She looks down at her thumb as if she'd forgotten the ring was there. #id:dinner.106
    My father's. It doesn't fit any of my fingers. The thumb's the only one that keeps it. # speaker: sophie #id:dinner.107
    { knows_her_father:
        You already know the rest. # speaker: sophie #id:dinner.108
    - else:
        ~ knows_her_father = true
        He worked for the State Department, or so his business cards said. He died two winters ago. # speaker: sophie #id:dinner.109
        He left me a shoebox with three passports in it. His face in all of them. None of them his name. # speaker: sophie # mood: quiet #id:dinner.110
    }
    You wear the crest turned inward. # speaker: stephane #id:dinner.111
    So did he. I never asked him why. Now I ask everyone but him. # speaker: sophie # mood: moved #id:dinner.112
* {noticed_notebook and not notebook_closed} [You haven't written a word. #id:dinner.113]
    ~ trust = trust + 1
    You haven't written a word all evening. # speaker: stephane #id:dinner.114
    I write afterwards. On the train. People say more to someone who's only listening. # speaker: sophie #id:dinner.115
    { admitted_spy:
        But you'd know that. # speaker: sophie # mood: amused #id:dinner.116
    - else:
        She says it lightly. He wonders how lightly she meant it. #id:dinner.117
    }
* {noticed_shoes} [You walked up from the village. #id:dinner.118]
    ~ trust = trust + 1
    You walked up from the village. In those shoes. # speaker: stephane #id:dinner.119
    You noticed. # speaker: sophie # mood: amused #id:dinner.120
    I notice shoes. # speaker: stephane #id:dinner.121
    { admitted_spy:
        Of course you do. # speaker: sophie # mood: amused #id:dinner.122
    - else:
        Do diplomats notice shoes? # speaker: sophie # mood: amused #id:dinner.123
    }
    I didn't want to come up in a taxi. Taxi drivers remember fares. # speaker: sophie #id:dinner.124
    She is better at this than she lets on. He finds he likes her more for it, not less. #id:dinner.125
+ [(Let her ask the questions.) #id:dinner.126]
    -> her_done
-
-> asked

// one more of her questions answered: after two, it's her turn again
= asked
~ asked_her = asked_her + 1
{ asked_her >= 2:
    That's two. My turn again. # speaker: sophie # mood: amused #id:dinner.127
    -> berlin
}
She waits, in case there's another. #id:dinner.128
-> her_questions

// "Why spies?" after the ring: she has told him about her father already, so she tells him what she did next
= spies_again
You already know why. The shoebox. # speaker: sophie # mood: quiet #id:dinner.237
I laid the three passports out on his desk in the order he'd used them. Like a diary with no words in it. # speaker: sophie #id:dinner.238
{ showed_passport:
    Your Henri would have fitted on that desk. # speaker: sophie #id:dinner.239
}
Then I started knocking on doors like yours. # speaker: sophie # mood: wry #id:dinner.240
-> asked

= her_done
Anyway. I didn't come all this way to talk about me. # speaker: sophie #id:dinner.129
-> berlin

// ---------------------------------------------------------------------------------------------
= berlin
~ play_sound("crickets")
The candle has burned down a finger's width. Through the open window, the crickets have started. #id:dinner.130
{ bottle_vintage == "1989":
    -> vintage ->
}
{ bottle_vintage == "1989":
    So. Berlin. Were you ever there? Before? # speaker: sophie #id:dinner.131
- else:
    Were you ever in Berlin? Before the Wall came down? # speaker: sophie #id:dinner.132
}
She asks it the way she asked for the salt. That's how he knows it's the question she came with. #id:dinner.133
+ [Never. Bonn, Brussels. Never Berlin. #id:dinner.134]
    ~ lie()
    ~ career_lies = career_lies + 1
    Never. Bonn, Brussels, Geneva. Never Berlin. # speaker: stephane #id:dinner.135
    { admitted_spy:
        ~ caught()
        An hour ago you told me you weren't only a diplomat. # speaker: sophie #id:dinner.136
        And now you were never in the one city where that mattered most? # speaker: sophie # mood: amused #id:dinner.137
        He has been caught in worse lies by worse people. None of them smiled like that. #id:dinner.138
    - else:
        { career_lies >= 2:
            ~ caught()
            Never. You said that very fast. # speaker: sophie #id:dinner.139
            That's the second answer tonight you had ready before I'd finished the question. # speaker: sophie # mood: amused #id:dinner.140
        - else:
            { lies_caught >= 1:
                ~ caught()
                Never. # speaker: sophie #id:dinner.141
                She smiles at her plate. She doesn't believe him, and she lets him see that she doesn't. #id:dinner.142
            - else:
                Never Berlin. # speaker: sophie #id:dinner.143
                She lets the words sit on the table between them, among the crumbs. She doesn't push. #id:dinner.144
                He finds he would almost rather she had. #id:dinner.145
            }
        }
    }
+ [Once or twice. It rained. That's what I remember. #id:dinner.146]
    ~ trust = trust + 1
    Once or twice. It rained. That's mostly what I remember. # speaker: stephane #id:dinner.147
    What else rains, in Berlin? # speaker: sophie #id:dinner.148
    Everything. Coats. Trains. Newspapers. People's faces, by November. # speaker: stephane #id:dinner.149
    That's not nothing. # speaker: sophie # mood: gentle #id:dinner.150
    No. It's not nothing. # speaker: stephane #id:dinner.151
+ [Yes. Two winters. I don't talk about Berlin. #id:dinner.152]
    ~ truth(1)
    ~ said_berlin = true
    Yes. Two winters. I don't talk about Berlin. # speaker: stephane # mood: guarded #id:dinner.153
    Then don't. Not at the table, anyway. # speaker: sophie # mood: gentle #id:dinner.154
    She says it kindly, and he understands that she means to ask again, later, somewhere else. #id:dinner.155
+ [Everyone was in Berlin then. More bread? #id:dinner.156]
    ~ deflections = deflections + 1
    Everyone was in Berlin in those years. More bread? # speaker: stephane #id:dinner.157
    She takes the bread. #id:dinner.158
    { deflections >= 2:
        You do that, you know. Hand me something instead of an answer. # speaker: sophie # mood: amused #id:dinner.159
        I'm going to leave here very well fed and knowing nothing at all. # speaker: sophie #id:dinner.160
    - else:
        She lets him change the subject, and he sees her let him. #id:dinner.161
    }
-
-> why_left

// The '89 on the table: she reads the label.
= vintage
She turns the bottle towards the candle to read the label. #id:dinner.162
1989. # speaker: sophie #id:dinner.163
The year the Wall came down. Did you choose this one for me, or for yourself? # speaker: sophie # mood: curious #id:dinner.164
+ [For myself. #id:dinner.165]
    ~ truth(1)
    For myself. Some years you drink to remember. Some, to be sure you still can. # speaker: stephane #id:dinner.166
    Which is this one? # speaker: sophie #id:dinner.167
    I'll tell you when the bottle's empty. # speaker: stephane #id:dinner.168
    ~ owes_vintage = true
+ [It was the nearest bottle. #id:dinner.169]
    ~ lie()
    It was the nearest one. # speaker: stephane #id:dinner.170
    Of course it was. # speaker: sophie # mood: amused #id:dinner.171
    She lets him have it. They both know she's letting him have it. #id:dinner.172
-
->->

// ---------------------------------------------------------------------------------------------
= why_left
Later. The cheese down to its leaves, the bottle past its middle. #id:dinner.173
{ lies_caught >= 1:
    { lies_caught > 1:
        She has caught him out more than once tonight. He should be more careful. #id:dinner.174
    - else:
        She has caught him out once tonight. He should be more careful. #id:dinner.175
    }
    Instead he finds himself less careful, and glad of it. #id:dinner.176
- else:
    { trust >= 3:
        He realises he is enjoying himself. Nobody has listened to him like this in years: completely, as if every word might matter. #id:dinner.177
    - else:
        The evening stretches. He finds himself easier in her company, though he couldn't say when it began. #id:dinner.178
    }
}
Can I ask why you left? Men like you... diplomats... they usually retire as ambassadors. With medals. And memoirs. # speaker: sophie #id:dinner.179
+ [The vines needed me more than Paris did. #id:dinner.180]
    ~ trust = trust + 1
    The vines needed me more than Paris did. # speaker: stephane #id:dinner.181
    And before the vines? # speaker: sophie #id:dinner.182
    Before the vines, nobody needed me. They needed whoever I was that year. # speaker: stephane #id:dinner.183
    It is more than he meant to say. She has the grace to look at the candle instead of at him. #id:dinner.184
+ [I was never important enough for medals. #id:dinner.185]
    ~ lie()
    ~ career_lies = career_lies + 1
    I was never important enough for medals. A small man in a small office. # speaker: stephane #id:dinner.186
    { admitted_spy:
        ~ caught()
        { showed_passport:
            A small man in a small office, with another man's passport in his pocket. # speaker: sophie # mood: amused #id:dinner.187
        - else:
            A small man in a small office, who wasn't only a diplomat. # speaker: sophie # mood: amused #id:dinner.188
        }
        You're a terrible liar for a man who was a very good one. # speaker: sophie #id:dinner.189
    - else:
        {
        - career_lies >= 3:
            ~ caught()
            Three stories tonight, and every one of them ready before I'd finished asking. # speaker: sophie #id:dinner.241
            Nobody's life is that tidy. Somebody tidied yours. # speaker: sophie # mood: thoughtful #id:dinner.242
        - career_lies == 2:
            ~ caught()
            That's the second story tonight that fits together a little too neatly. # speaker: sophie #id:dinner.190
            Real lives have loose threads. Yours doesn't have a single one. That takes work. # speaker: sophie # mood: thoughtful #id:dinner.191
        - else:
            I don't believe you were ever small in any office. # speaker: sophie # mood: warm #id:dinner.192
            She means it as a compliment, and moves on. He lets her. #id:dinner.193
        }
    }
+ [I got tired of being someone else. #id:dinner.194]
    ~ truth(2)
    ~ trust = trust + 1
    I got tired of being someone else. # speaker: stephane #id:dinner.195
    It is out before he has decided to say it. It sounds truer aloud than it ever did in his head. #id:dinner.196
    Someone else? # speaker: sophie # mood: gentle #id:dinner.197
    Everyone abroad is someone else, a little. I was someone else a lot. # speaker: stephane #id:dinner.198
    One morning I looked in the mirror and couldn't remember which one of us had to shave. # speaker: stephane #id:dinner.199
    She doesn't laugh. She nods slowly, as if he has confirmed something she already knew. #id:dinner.200
    { knows_her_father:
        My father said once that he'd left himself in a hotel somewhere and never gone back for him. # speaker: sophie # mood: moved #id:dinner.201
    }
+ [My knees. Receptions are murder on the knees. #id:dinner.202]
    ~ jokes = jokes + 1
    { jokes == 1:
        ~ trust = trust + 1
    }
    My knees. Thirty years of standing at receptions. Nobody warns you. # speaker: stephane # mood: amused #id:dinner.203
    { jokes >= 3:
        She laughs. Then she stops laughing and looks at him. #id:dinner.204
        You make a joke every time I get close to something. Did you know? # speaker: sophie # mood: gentle #id:dinner.205
        I had noticed. # speaker: stephane #id:dinner.206
    - else:
        I'll put it in the article. The hidden cost of diplomacy: knees. # speaker: sophie # mood: amused #id:dinner.207
    }
+ {passport_in_pocket} [(Put the passport on the table.) #id:dinner.208]
    -> passport ->
-
-> toast

// ---------------------------------------------------------------------------------------------
= toast
The plates are empty. The candle has made a small lake of itself. #id:dinner.209
He notices, with some surprise, that he has stopped watching the door. #id:dinner.210
It may be the way she listens, as if nothing he says will be wasted. It may be that she never quite takes the first answer. #id:dinner.211
{ lies_caught >= 2:
    She has seen through him more than once tonight. It ought to worry him. It doesn't, quite. #id:dinner.212
}
She raises her glass. #id:dinner.213
A toast. You choose. # speaker: sophie #id:dinner.214
+ [To the truth, whatever it turns out to be. #id:dinner.215]
    ~ truth(1)
    To the truth. Whatever it turns out to be. # speaker: stephane #id:dinner.216
    { lies_caught >= 2:
        Brave, for you. # speaker: sophie # mood: amused #id:dinner.217
    - else:
        To the truth. # speaker: sophie # mood: warm #id:dinner.218
    }
+ [To the wine. It never lies. #id:dinner.219]
    To the wine. It never lies. # speaker: stephane # mood: amused #id:dinner.220
    { lies_told >= 1:
        Then it's the only one at this table that doesn't. # speaker: sophie # mood: amused #id:dinner.221
    - else:
        To the wine. # speaker: sophie # mood: amused #id:dinner.222
    }
+ {knows_her_father} [To your father. #id:dinner.223]
    ~ trust = trust + 2
    To your father. # speaker: stephane #id:dinner.224
    For a moment she can't say anything. Then she touches her glass to his. #id:dinner.225
    To my father. He'd have liked you. He'd have hated how much. # speaker: sophie # mood: moved #id:dinner.226
+ [To absent friends. #id:dinner.227]
    ~ truth(1)
    To absent friends. # speaker: stephane #id:dinner.228
    Are there many? # speaker: sophie # mood: gentle #id:dinner.229
    Enough for a long table. # speaker: stephane #id:dinner.230
-
The glasses ring softly. Outside, the crickets answer. #id:dinner.231
It's too beautiful a night to stay inside. Is there a garden? # speaker: sophie #id:dinner.232
There's a bench, and a great many stars, and the rest of this bottle. # speaker: stephane # mood: warm #id:dinner.233
He takes the bottle and the two glasses. She picks up the candle, then thinks better of it and blows it out. #id:dinner.234
~ dinner_finished = true
~ open_dinner = dinner_was_open()
~ start_chapter("garden")
-> DONE

// Whether he met her halfway, from the door to the toast: he gave more truths than lies, and
// she saw through him at most once. The ending reads it (open_dinner) beside what he told in the garden.
=== function dinner_was_open() ===
~ return honesty >= 1 and lies_caught <= 1

// "my shoes and my hands", for the line where she says what he looked at first
=== function noticed_list() ===
~ temp items = ""
~ temp n = 0
~ temp count = noticed_count()
{ noticed_shoes:
    ~ n = n + 1
    ~ items = items + join(n, count) + "my shoes"
}
{ noticed_hands:
    ~ n = n + 1
    ~ items = items + join(n, count) + "my hands"
}
{ noticed_notebook:
    ~ n = n + 1
    ~ items = items + join(n, count) + "my notebook"
}
~ return items

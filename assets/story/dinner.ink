// Chapter 3 — Dinner. Night. The dining room of the mas.
// One long conversation. Every exchange offers truth, half-truth, a cover story, a deflection
// or a joke. A lie about his career is caught if it is the second one, or if he has already
// admitted the truth, or if something gives him away: Henri Vasseur's passport in his pocket
// (his hand goes to it), or the way he looked her over at the door (two details or more).

=== dinner ===
{ dinner_finished:
    The plates are empty and the candle is a puddle of wax. Sophie is already at the garden door, waiting for him and the bottle.
    ~ start_chapter("garden")
    -> DONE
}
-> arrival

= arrival
They eat in the dining room, under the old beams, with the window open to the dark.
Bread torn by hand. The Banon open on its chestnut leaves. Tomatoes in oil{picked_tomatoes:, the ones from the wall this afternoon}.
{ bottle_vintage == "1989":
    The '89 stands between them like a third guest who hasn't yet decided whether to speak.
- else:
    A bottle of his own red stands between them, a third of it gone already.
}
She sits where he puts her, facing the window. He takes the chair that faces the door. He always does.
This is very kind of you. I half expected the door in my face. # speaker: sophie # mood: warm
I thought about it. # speaker: stephane # mood: amused
{ vineyard_marcel or vineyard_odette:
    The couple on the lane pointed me up here. She said you'd feed me. He said you'd tell me nothing at all. # speaker: sophie # mood: amused
    { said_too_much:
        He also said you told him, just this afternoon, that your old colleagues don't send postcards. # speaker: sophie
        Marcel. Of course. By breakfast it will be the Pope's private secretary who doesn't send postcards.
    }
    Marcel and Odette. Better informed than most people I've worked with. # speaker: stephane
- else:
    I asked the way at the bottom of the lane. Everyone knew your house. Nobody seemed to know anything else. # speaker: sophie
}
-> wine

// ---------------------------------------------------------------------------------------------
= wine
She tastes the wine, and her eyebrows go up.
Oh. That's... a lot of wine in one mouthful. # speaker: sophie
How does a diplomat end up making wine? # speaker: sophie # mood: curious
+ {tasted_wine} [(Tell her about the wine, properly.)]
    ~ truth(1)
    Black cherry first. Then warm stone, and the hills after the first rain. # speaker: stephane # mood: warm
    The bitterness at the end is the point. It makes you wait for it. # speaker: stephane
    You talk about it the way other men talk about women. Or wars. # speaker: sophie # mood: amused
    Wine is kinder than either. And it keeps better. # speaker: stephane
+ [I wanted to live somewhere no one had sent me.]
    ~ truth(1)
    I wanted to live somewhere nobody had ever sent me. # speaker: stephane
    Somewhere nobody had sent you. # speaker: sophie # mood: thoughtful
    She repeats it under her breath, as if to keep it somewhere safe.
    { not notebook_closed:
        She doesn't write it down. He notices that she doesn't.
    }
+ [It was my grandfather's land.]
    ~ lie()
    It was my grandfather's land. Family duty. Somebody had to take it on. # speaker: stephane
    Your grandfather had good taste. # speaker: sophie # mood: warm
    { noticed_shoes:
        Her shoes were white with the dust of the lane. She walked up past Marcel and Odette.
        And Marcel knows exactly who sold him this land, and when, and for how much. She'll hear about the grandfather.
    - else:
        She smiles and lets it pass. It is a small lie, and it sits on the table between them like a crumb.
    }
+ [Diplomats retire. Wine doesn't ask questions.]
    ~ jokes = jokes + 1
    ~ trust = trust + 1
    Diplomats retire, and they need something to do with their hands. And wine doesn't ask questions. # speaker: stephane # mood: amused
    I do. # speaker: sophie # mood: amused
    So I see. # speaker: stephane
-
-> diplomat

// ---------------------------------------------------------------------------------------------
= diplomat
She sets her glass down, and turns it a quarter turn by the stem, the way people do when they have decided something.
{ notebook_closed:
    The notebook stays in her bag. She doesn't seem to miss it.
- else:
    { noticed_notebook:
        She still hasn't opened the notebook. It lies by her plate like a door she is choosing not to knock on.
    }
}
{ vineyard_whispers_1:
    Never a diplomat at all, Odette said on the lane. The village has been asking that for twenty years. Sophie has had one evening.
}
So. A diplomat. I've read the official version of those years. I'd like yours. # speaker: sophie
What did a diplomat actually do? # speaker: sophie
+ [Trade delegations. Cheese quotas. Receptions.]
    ~ lie()
    ~ told_cheese = true
    ~ career_lies = career_lies + 1
    Trade delegations, mostly. Cheese quotas. Receptions where everyone stood too close to the canapés. # speaker: stephane
    { passport_in_pocket:
        ~ caught()
        His hand goes to his shirt pocket, to Henri Vasseur, and comes away again.
        Sophie watches the hand. Not his face. The hand.
        Cheese quotas. # speaker: sophie
        Is that what you keep in your shirt pocket? Cheese quotas? # speaker: sophie # mood: amused
        He lays the hand flat on the table, where it should have stayed.
    - else:
        { noticed_count() >= 2:
            ~ caught()
            Can I tell you something? At the door, you looked at {noticed_list()} before you looked at my face. # speaker: sophie
            I've met a lot of trade attachés. They look at your face first. Faces are what they trade in. # speaker: sophie # mood: amused
            He had thought he was being discreet. Twenty years ago, he would have been.
        - else:
            Cheese quotas. # speaker: sophie
            You say it like you've said it a hundred times. # speaker: sophie # mood: thoughtful
            He has. To far less patient listeners than her, he tells himself. He isn't sure that's true.
        }
    }
+ [I listened to people. That was most of it.]
    ~ trust = trust + 1
    I listened to people. That was most of it. # speaker: stephane
    Listened to whom? # speaker: sophie
    Anyone who wanted to talk. And a few who didn't. # speaker: stephane
    That's a very careful sentence. # speaker: sophie # mood: amused
    It was a very careful job. # speaker: stephane
+ [I wasn't only a diplomat. You know that.]
    ~ admitted_spy = true
    ~ truth(2)
    ~ trust = trust + 1
    I wasn't only a diplomat. You knew that before you knocked. # speaker: stephane
    She doesn't reach for a pencil. She doesn't move at all.
    Thank you. You'd be surprised how rarely anyone says it out loud. # speaker: sophie # mood: moved
    Don't ask me for the rest. Not yet. # speaker: stephane # mood: guarded
    Not yet. # speaker: sophie
    And she doesn't.
+ {passport_in_pocket} [(Put the passport on the table.)]
    -> passport ->
+ [(Tell her the one about the ambassador's parrot.)]
    ~ lie()
    ~ told_parrot = true
    ~ jokes = jokes + 1
    { jokes == 1:
        ~ trust = trust + 1
    }
    Vienna, 1979. The ambassador kept a parrot in his office, a grey one, older than the Republic. # speaker: stephane # mood: amused
    It had learned exactly one phrase: Non, Monsieur le Ministre. In the minister's voice. # speaker: stephane
    We were two days into a trade negotiation, and it said it at the one moment we were about to say yes. # speaker: stephane
    And? # speaker: sophie # mood: amused
    And the Austrians gave us better terms. They thought we were bluffing. I was sent to buy the bird a medal. # speaker: stephane
    She laughs, a real laugh, surprised out of her. Then she looks at him over her glass.
    That's a wonderful story. How many times have you told it? # speaker: sophie
    Enough times that it's nearly true. # speaker: stephane
    { jokes >= 2:
        You're very funny whenever I ask you something. Has anyone told you that? # speaker: sophie # mood: amused
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
He takes the passport out of his shirt pocket and lays it by her plate, between the bread and the candle.
She looks at it a long time before she touches it. Then she opens it carefully, the way you'd open someone else's letters.
Henri Vasseur. # speaker: sophie # mood: quiet
He was a very good diplomat. Charming at receptions. Never forgot a name. He never existed. # speaker: stephane
And you were him. # speaker: sophie
For three years. I found him in the cellar this afternoon. I don't know why I kept him on me. # speaker: stephane
She closes it and slides it back across the table to him. She doesn't write down the name.
I think you do. # speaker: sophie # mood: gentle
->->

// ---------------------------------------------------------------------------------------------
= her
~ asked_her = 0
She fills his glass before her own. He notices that too.
Your turn. Ask me something, if you like. It's only fair. # speaker: sophie
-> her_questions

= her_questions
* [Why this story? Why spies?]
    ~ knows_her_father = true
    ~ trust = trust + 1
    My father worked for the State Department. That's what it said on his business cards, anyway. # speaker: sophie
    Vienna, Bonn, Athens. He missed every birthday I had between six and sixteen. He always brought back the wrong presents. # speaker: sophie # mood: wry
    He died two winters ago. When I cleaned out his closet, I found a shoebox. # speaker: sophie
    Three passports. Three names. One face. # speaker: sophie # mood: quiet
    { showed_passport:
        Like your Henri. # speaker: sophie
    - else:
        { found_passport:
            Stéphane thinks of a crate under the cellar stairs, and says nothing.
        }
    }
    He never told me. Not a word, not even at the end. I'd like to understand why. # speaker: sophie
* [Why me?]
    ~ trust = trust + 1
    { asked_source:
        You know about the archive. After that, the village. # speaker: sophie
    - else:
        An old man in an archive in Paris said your name, and then pretended he hadn't. # speaker: sophie
        After that, the village. # speaker: sophie
    }
    Everybody down there knows your name, and not one other thing about you. Most people leave more behind. # speaker: sophie
    And you opened the door. Most of them don't. # speaker: sophie # mood: warm
* {noticed_hands} [The ring on your thumb. Whose was it?]
    ~ trust = trust + 2
    She looks down at her thumb as if she'd forgotten the ring was there.
    My father's. It doesn't fit any of my fingers. The thumb's the only one that keeps it. # speaker: sophie
    { knows_her_father:
        You already know the rest. # speaker: sophie
    - else:
        ~ knows_her_father = true
        He worked for the State Department, or so his business cards said. He died two winters ago. # speaker: sophie
        He left me a shoebox with three passports in it. His face in all of them. None of them his name. # speaker: sophie # mood: quiet
    }
    You wear the crest turned inward. # speaker: stephane
    So did he. I never asked him why. Now I ask everyone but him. # speaker: sophie # mood: moved
* {noticed_notebook and not notebook_closed} [You haven't written a word.]
    ~ trust = trust + 1
    You haven't written a word all evening. # speaker: stephane
    I write afterwards. On the train. People say more to someone who's only listening. # speaker: sophie
    { admitted_spy:
        But you'd know that. # speaker: sophie # mood: amused
    - else:
        She says it lightly. He wonders how lightly she meant it.
    }
* {noticed_shoes} [You walked up from the village.]
    ~ trust = trust + 1
    You walked up from the village. In those shoes. # speaker: stephane
    You noticed. # speaker: sophie # mood: amused
    I notice shoes. # speaker: stephane
    { admitted_spy:
        Of course you do. # speaker: sophie # mood: amused
    - else:
        Do diplomats notice shoes? # speaker: sophie # mood: amused
    }
    I didn't want to come up in a taxi. Taxi drivers remember fares. # speaker: sophie
    She is better at this than she lets on. He finds he likes her more for it, not less.
+ [(Let her ask the questions.)]
    -> her_done
-
~ asked_her = asked_her + 1
{ asked_her >= 2:
    That's two. My turn again. # speaker: sophie # mood: amused
    -> berlin
}
She waits, in case there's another.
-> her_questions

= her_done
Anyway. I didn't come all this way to talk about me. # speaker: sophie
-> berlin

// ---------------------------------------------------------------------------------------------
= berlin
~ play_sound("crickets")
The candle has burned down a finger's width. Through the open window, the crickets have started.
{ bottle_vintage == "1989":
    -> vintage ->
}
{ bottle_vintage == "1989":
    So. Berlin. Were you ever there? Before? # speaker: sophie
- else:
    Were you ever in Berlin? Before the Wall came down? # speaker: sophie
}
She asks it the way she asked for the salt. That's how he knows it's the question she came with.
+ [Never. Bonn, Brussels. Never Berlin.]
    ~ lie()
    ~ career_lies = career_lies + 1
    Never. Bonn, Brussels, Geneva. Never Berlin. # speaker: stephane
    { admitted_spy:
        ~ caught()
        An hour ago you told me you weren't only a diplomat. # speaker: sophie
        And now you were never in the one city where that mattered most? # speaker: sophie # mood: amused
        He has been caught in worse lies by worse people. None of them smiled like that.
    - else:
        { career_lies >= 2:
            ~ caught()
            Never. You said that very fast. # speaker: sophie
            That's the second answer tonight you had ready before I'd finished the question. # speaker: sophie # mood: amused
        - else:
            { lies_caught >= 1:
                ~ caught()
                Never. # speaker: sophie
                She smiles at her plate. She doesn't believe him, and she lets him see that she doesn't.
            - else:
                Never Berlin. # speaker: sophie
                She lets the words sit on the table between them, among the crumbs. She doesn't push.
                He finds he would almost rather she had.
            }
        }
    }
+ [Once or twice. It rained. That's what I remember.]
    ~ trust = trust + 1
    Once or twice. It rained. That's mostly what I remember. # speaker: stephane
    What else rains, in Berlin? # speaker: sophie
    Everything. Coats. Trains. Newspapers. People's faces, by November. # speaker: stephane
    That's not nothing. # speaker: sophie # mood: gentle
    No. It's not nothing. # speaker: stephane
+ [Yes. Two winters. I don't talk about Berlin.]
    ~ truth(1)
    ~ said_berlin = true
    Yes. Two winters. I don't talk about Berlin. # speaker: stephane # mood: guarded
    Then don't. Not at the table, anyway. # speaker: sophie # mood: gentle
    She says it kindly, and he understands that she means to ask again, later, somewhere else.
+ [Everyone was in Berlin then. More bread?]
    ~ deflections = deflections + 1
    Everyone was in Berlin in those years. More bread? # speaker: stephane
    She takes the bread.
    { deflections >= 2:
        You do that, you know. Hand me something instead of an answer. # speaker: sophie # mood: amused
        I'm going to leave here very well fed and knowing nothing at all. # speaker: sophie
    - else:
        She lets him change the subject, and he sees her let him.
    }
-
-> why_left

// The '89 on the table: she reads the label.
= vintage
She turns the bottle towards the candle to read the label.
1989. # speaker: sophie
The year the Wall came down. Did you choose this one for me, or for yourself? # speaker: sophie # mood: curious
+ [For myself.]
    ~ truth(1)
    For myself. Some years you drink to remember. Some, to be sure you still can. # speaker: stephane
    Which is this one? # speaker: sophie
    I'll tell you when the bottle's empty. # speaker: stephane
+ [It was the nearest bottle.]
    ~ lie()
    It was the nearest one. # speaker: stephane
    Of course it was. # speaker: sophie # mood: amused
    She lets him have it. They both know she's letting him have it.
-
->->

// ---------------------------------------------------------------------------------------------
= why_left
Later. The cheese down to its leaves, the bottle past its middle.
{ lies_caught >= 1:
    She has caught him out {lies_caught > 1:more than once|once} tonight. He should be more careful.
    Instead he finds himself less careful, and glad of it.
- else:
    { trust >= 3:
        He realises he is enjoying himself. Nobody has listened to him like this in years: completely, as if every word might matter.
    - else:
        The evening stretches. He finds himself easier in her company, though he couldn't say when it began.
    }
}
Can I ask why you left? Men like you... diplomats... they usually retire as ambassadors. With medals. And memoirs. # speaker: sophie
+ [The vines needed me more than Paris did.]
    ~ trust = trust + 1
    The vines needed me more than Paris did. # speaker: stephane
    And before the vines? # speaker: sophie
    Before the vines, nobody needed me. They needed whoever I was that year. # speaker: stephane
    It is more than he meant to say. She has the grace to look at the candle instead of at him.
+ [I was never important enough for medals.]
    ~ lie()
    ~ career_lies = career_lies + 1
    I was never important enough for medals. A small man in a small office. # speaker: stephane
    { admitted_spy:
        ~ caught()
        { showed_passport:
            A small man in a small office, with another man's passport in his pocket. # speaker: sophie # mood: amused
        - else:
            A small man in a small office, who wasn't only a diplomat. # speaker: sophie # mood: amused
        }
        You're a terrible liar for a man who was a very good one. # speaker: sophie
    - else:
        { career_lies >= 2:
            ~ caught()
            That's the second story tonight that fits together a little too neatly. # speaker: sophie
            Real lives have loose threads. Yours doesn't have a single one. That takes work. # speaker: sophie # mood: thoughtful
        - else:
            I don't believe you were ever small in any office. # speaker: sophie # mood: warm
            She means it as a compliment, and moves on. He lets her.
        }
    }
+ [I got tired of being someone else.]
    ~ truth(2)
    ~ trust = trust + 1
    I got tired of being someone else. # speaker: stephane
    It is out before he has decided to say it. It sounds truer aloud than it ever did in his head.
    Someone else? # speaker: sophie # mood: gentle
    Everyone abroad is someone else, a little. I was someone else a lot. # speaker: stephane
    One morning I looked in the mirror and couldn't remember which one of us had to shave. # speaker: stephane
    She doesn't laugh. She nods slowly, as if he has confirmed something she already knew.
    { knows_her_father:
        My father said once that he'd left himself in a hotel somewhere and never gone back for him. # speaker: sophie # mood: moved
    }
+ [My knees. Receptions are murder on the knees.]
    ~ jokes = jokes + 1
    { jokes == 1:
        ~ trust = trust + 1
    }
    My knees. Thirty years of standing at receptions. Nobody warns you. # speaker: stephane # mood: amused
    { jokes >= 3:
        She laughs. Then she stops laughing and looks at him.
        You make a joke every time I get close to something. Did you know? # speaker: sophie # mood: gentle
        I had noticed. # speaker: stephane
    - else:
        I'll put it in the article. The hidden cost of diplomacy: knees. # speaker: sophie # mood: amused
    }
+ {passport_in_pocket} [(Put the passport on the table.)]
    -> passport ->
-
-> toast

// ---------------------------------------------------------------------------------------------
= toast
The plates are empty. The candle has made a small lake of itself.
As the evening wears on, he finds himself growing more comfortable with her there, across his table.
Perhaps it is the way she listens, intently, to every word. Or perhaps it is the way she seems to see right through him.
{ lies_caught >= 2:
    She has seen through him more than once tonight. It ought to worry him. It doesn't, quite.
}
She raises her glass.
A toast. You choose. # speaker: sophie
+ [To the truth, whatever it turns out to be.]
    ~ truth(1)
    To the truth. Whatever it turns out to be. # speaker: stephane
    { lies_caught >= 2:
        Brave, for you. # speaker: sophie # mood: amused
    - else:
        To the truth. # speaker: sophie # mood: warm
    }
+ [To the wine. It never lies.]
    To the wine. It never lies. # speaker: stephane # mood: amused
    { lies_told >= 1:
        Then it's the only one at this table that doesn't. # speaker: sophie # mood: amused
    - else:
        To the wine. # speaker: sophie # mood: amused
    }
+ {knows_her_father} [To your father.]
    ~ trust = trust + 2
    To your father. # speaker: stephane
    For a moment she can't say anything. Then she touches her glass to his.
    To my father. He'd have liked you. He'd have hated how much. # speaker: sophie # mood: moved
+ [To absent friends.]
    ~ truth(1)
    To absent friends. # speaker: stephane
    Are there many? # speaker: sophie # mood: gentle
    Enough for a long table. # speaker: stephane
-
The glasses ring softly. Outside, the crickets answer.
It's too beautiful a night to stay inside. Is there a garden? # speaker: sophie
There's a bench, and a great many stars, and the rest of this bottle. # speaker: stephane # mood: warm
He takes the bottle and the two glasses. She picks up the candle, then thinks better of it and blows it out.
~ dinner_finished = true
~ start_chapter("garden")
-> DONE

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

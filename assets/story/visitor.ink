// Chapter 2 — The Visitor. Dusk. The mas: kitchen, dining room, front door.

=== visitor_intro ===
{ visitor_intro > 1:
    The kitchen at dusk. Bread, cheese, tomatoes, a bottle. The same as every evening. #id:visitor_intro.1
    -> DONE
}
Inside, the mas holds the day's heat in its walls like a held breath. #id:visitor_intro.2
The kitchen smells of the morning's bread and the dried thyme hanging by the window. #id:visitor_intro.3
Dinner is simple here, and always the same, and he would not change it for any table in Paris. #id:visitor_intro.4
Bread. Cheese. Tomatoes. A bottle. Then the table, and the long evening, and the crickets. #id:visitor_intro.5
-> DONE

// ---------------------------------------------------------------------------------------------
// Gathering dinner. Each counts once.
// ---------------------------------------------------------------------------------------------

=== visitor_bread ===
{ visitor_bread > 1:
    { stopping:
    - The bread is already on the table, wrapped in its cloth. #id:visitor_bread.1
    - He has the bread. One loaf is plenty for one man. #id:visitor_bread.2
    }
    -> DONE
}
~ dinner_items = dinner_items + 1
~ give_item("bread")
This morning's loaf from the bakery in the village, the crust gone hard and the inside still soft. #id:visitor_bread.3
He'll tear it rather than cut it. A habit from somewhere colder, where there was never a good knife in the flat. #id:visitor_bread.4
-> DONE

=== visitor_cheese ===
{ visitor_cheese > 1:
    { stopping:
    - The cheese is waiting on its board. #id:visitor_cheese.1
    - He has the cheese. He resists the rind until dinner. Mostly. #id:visitor_cheese.2
    }
    -> DONE
}
~ dinner_items = dinner_items + 1
~ give_item("cheese")
A Banon from the market, wrapped in brown chestnut leaves and tied with raffia like a small gift. #id:visitor_cheese.3
He unties it. Soft, sharp, a little indecent in its smell. Exactly right. #id:visitor_cheese.4
-> DONE

=== visitor_tomatoes ===
{ visitor_tomatoes > 1:
    { stopping:
    - The tomatoes are sliced and salted. Nothing more to be done for them. #id:visitor_tomatoes.1
    - He has the tomatoes. #id:visitor_tomatoes.2
    }
    -> DONE
}
~ dinner_items = dinner_items + 1
~ give_item("tomatoes")
{ picked_tomatoes:
    The tomatoes he picked this afternoon. He slices them thick and they bleed onto the board. #id:visitor_tomatoes.3
    Salt, a thread of olive oil. They still smell of the wall and the sun. #id:visitor_tomatoes.4
- else:
    Tomatoes from the bowl by the window, a day past their best and all the sweeter for it. #id:visitor_tomatoes.5
    He slices them thick. Salt, a thread of olive oil. Nothing else. #id:visitor_tomatoes.6
}
-> DONE

=== visitor_bottle ===
{ visitor_bottle > 1:
    { stopping:
    - The bottle is open and breathing. So is he. #id:visitor_bottle.1
    - He has the wine. He has always had the wine. #id:visitor_bottle.2
    }
    -> DONE
}
~ dinner_items = dinner_items + 1
~ give_item("wine")
{ bottle_vintage == "1989":
    The '89 from the cellar stands on the counter where he left it, dust still in the curve of its shoulders. #id:visitor_bottle.3
    He draws the cork slowly. Old corks break if you rush them. #id:visitor_bottle.4
    He leaves it on the counter to breathe, in the last of the light. #id:visitor_bottle.9
- else:
    A bottle of his own red from the rack by the stove. #id:visitor_bottle.5
    { tasted_wine:
        The same wine he tasted in the cellar this afternoon. It will do more than do. #id:visitor_bottle.6
    - else:
        Last year's. Rich, a little rough still, like a young man who thinks he knows things. #id:visitor_bottle.7
    }
    The cork comes out with a soft sound. He leaves the bottle open on the counter to breathe. #id:visitor_bottle.8
}
~ play_sound("cork")
-> DONE

// ---------------------------------------------------------------------------------------------
// The table, and the knock.
// ---------------------------------------------------------------------------------------------

=== visitor_table ===
{ visitor_front_door.welcome:
    { stopping:
    - Two plates now. It has been a long time since this table needed two. #id:visitor_table.1
    - The table is set. The candle is burning down. #id:visitor_table.2
    }
    -> DONE
}
{ heard_knock:
    The table is set for one. Someone is still waiting at the door. #id:visitor_table.3
    -> DONE
}
{ dinner_items < 4:
    { dinner_items == 0:
        An empty table. First, something to put on it. #id:visitor_table.4
    - else:
        Not yet. The table is still missing {missing_items()}. #id:visitor_table.5
    }
    -> DONE
}
He lays the table the way he always does. One plate. One glass. One knife, though he won't use it for the bread. #id:visitor_table.6
Bread, cheese, tomatoes, the open bottle. A candle, because it costs nothing and the evening deserves it. #id:visitor_table.7
He pulls out his chair. #id:visitor_table.8
~ heard_knock = true
~ play_sound("knock")
Three knocks at the front door. #id:visitor_table.9
Nobody knocks here. The neighbours call from the lane, and the postman leaves things on the wall. #id:visitor_table.10
He stands very still for a moment, the way he was trained to, listening for a car, a second voice, anything. #id:visitor_table.11
Nothing. Just crickets, and whoever is waiting on his step. #id:visitor_table.12
He goes to the door. #id:visitor_table.13
-> DONE

// What is still missing from the table, as a list for a sentence.
=== function missing_items() ===
~ temp items = ""
~ temp n = 0
~ temp left = 4 - dinner_items
{ not visitor_bread:
    ~ n = n + 1
    ~ items = items + join(n, left) + "the bread"
}
{ not visitor_cheese:
    ~ n = n + 1
    ~ items = items + join(n, left) + "the cheese"
}
{ not visitor_tomatoes:
    ~ n = n + 1
    ~ items = items + join(n, left) + "the tomatoes"
}
{ not visitor_bottle:
    ~ n = n + 1
    ~ items = items + join(n, left) + "a bottle"
}
~ return items

// ---------------------------------------------------------------------------------------------
// The front door: nobody, then Sophie.
// ---------------------------------------------------------------------------------------------

=== visitor_front_door ===
{ visitor_front_door.welcome:
    -> inside
}
{ not heard_knock:
    -> nobody
}
-> sophie

= nobody
{ stopping:
- The front door. Locked, though nobody locks their doors here. Nobody is expected. Nobody has been expected for years. #id:visitor_front_door.1
- Through the little window, the lane is empty all the way down to the village. #id:visitor_front_door.2
- He checks the bolt. It's still drawn. It always is. #id:visitor_front_door.3
}
-> DONE

= inside
{ stopping:
- She is inside now. The door can stay shut. #id:visitor_front_door.4
- The lane beyond the window is dark. Whoever else might come, nobody is coming tonight. #id:visitor_front_door.5
}
-> DONE

= sophie
~ play_sound("door")
He opens the door. #id:visitor_front_door.6
A young woman stands on the step with the last of the light behind her, a canvas bag over one shoulder. #id:visitor_front_door.7
Monsieur Balode? I'm sorry to come so late. And without calling. # speaker: sophie # mood: warm #id:visitor_front_door.8
Before he has said a word, something in him that has been retired for twenty years gets up and goes to work. #id:visitor_front_door.9
-> look

= look
* [(Her shoes.) #id:visitor_front_door.10]
    ~ noticed_shoes = true
    Her shoes. City shoes, thin-soled, white to the ankle with the dust of the lane. #id:visitor_front_door.11
    She walked up from the village, then. Two kilometres, asking the way. #id:visitor_front_door.12
    -> looked
* [(The notebook she's holding.) #id:visitor_front_door.13]
    ~ noticed_notebook = true
    A notebook held against her chest, the elastic still around it. A pencil stuck through the spine. #id:visitor_front_door.14
    A pencil, not a pen. Pencils don't run in the rain. Someone taught her that, or she learned it the hard way. #id:visitor_front_door.15
    -> looked
* [(Her hands.) #id:visitor_front_door.16]
    ~ noticed_hands = true
    Her hands. Ink on the side of the right one. No rings on her fingers. #id:visitor_front_door.17
    But on her left thumb, a man's signet ring, far too big, turned so the crest faces inward. #id:visitor_front_door.18
    -> looked
+ [(Her eyes.) #id:visitor_front_door.19]
    -> eyes

= looked
{ noticed_count() >= 3:
    She lets him look. Then, with the beginning of a smile: #id:visitor_front_door.20
    Have I passed inspection? # speaker: sophie # mood: amused #id:visitor_front_door.21
    -> eyes
}
-> look

= eyes
{ noticed_count() == 0:
    He doesn't look at her shoes, or her hands, or what she's carrying. He looks at her eyes. #id:visitor_front_door.22
- else:
    And then, last, her eyes. #id:visitor_front_door.23
}
Grey, curious, unafraid of being looked at. She is studying him exactly as openly as he is studying her. #id:visitor_front_door.24
She doesn't pretend otherwise. Nobody in his old life ever looked at him without pretending something. #id:visitor_front_door.25
Every instinct he has says be careful. But something in that gaze puts him at ease, and he couldn't say what. #id:visitor_front_door.26
My name is Sophie. Sophie Hale. I'm a journalist. American, as you can probably hear. # speaker: sophie #id:visitor_front_door.27
I'm researching a story on former spies in France. The men who came in from the cold and planted something. # speaker: sophie #id:visitor_front_door.28
She says it plainly, the way you'd say you were lost, and waits. #id:visitor_front_door.29
* [Spies? You've come to the wrong valley. #id:visitor_front_door.30]
    ~ deflections = deflections + 1
    ~ lie()
    Spies? I'm afraid you've come to the wrong valley, mademoiselle. # speaker: stephane # mood: guarded #id:visitor_front_door.31
    Maybe. But it's a beautiful valley to be wrong in. # speaker: sophie # mood: warm #id:visitor_front_door.32
* [Who gave you my name? #id:visitor_front_door.33]
    ~ asked_source = true
    Who gave you my name? # speaker: stephane # mood: wary #id:visitor_front_door.34
    An old man in an archive in Paris. He said it, and then he pretended he hadn't. # speaker: sophie # mood: guarded #id:visitor_front_door.35
    That was how I knew it was worth the train. # speaker: sophie # mood: amused #id:visitor_front_door.36
    Lemaire, then. Or Duquesne. Either way, an old man who should have known better. #id:visitor_front_door.37
* [(Laugh.) #id:visitor_front_door.38]
    ~ jokes = jokes + 1
    ~ lie()
    He laughs, a good warm laugh, the kind that closes a subject. #id:visitor_front_door.39
    A spy. Me. I grow grapes, mademoiselle. # speaker: stephane # mood: amused #id:visitor_front_door.40
    That's a very good laugh. Did you practise it? # speaker: sophie # mood: amused #id:visitor_front_door.41
    He had, once. In front of a mirror in a hotel in Vienna. #id:visitor_front_door.42
* {warned_of_sophie} [You're the American from the café. #id:visitor_front_door.43]
    ~ trust = trust + 1
    You're the American from the café. # speaker: stephane #id:visitor_front_door.44
    Word travels fast. # speaker: sophie # mood: amused #id:visitor_front_door.45
    Here it's the only thing that does. # speaker: stephane # mood: warm #id:visitor_front_door.46
-
I don't want to take your whole evening. I can come back tomorrow, if that's better. # speaker: sophie #id:visitor_front_door.47
She glances past him, into the lit kitchen, at the table and the bottle. Something like hunger crosses her face. #id:visitor_front_door.48
* [Stay. There's enough for two. #id:visitor_front_door.49]
    ~ invited_her = true
    ~ trust = trust + 1
    Stay. There's enough for two. There's always enough for two. # speaker: stephane # mood: warm #id:visitor_front_door.50
    It's not true. There is never anyone for the second half. But tonight it is true, and that's enough. #id:visitor_front_door.51
    Thank you. I mean it. # speaker: sophie # mood: moved #id:visitor_front_door.52
* [It's late, mademoiselle. #id:visitor_front_door.53]
    It's late, mademoiselle. # speaker: stephane # mood: guarded #id:visitor_front_door.54
    It is. # speaker: sophie #id:visitor_front_door.55
    And I've walked two kilometres uphill in the wrong shoes, and you've opened a bottle I can smell from here. # speaker: sophie # mood: amused #id:visitor_front_door.56
    One glass. If I ask a bad question, you can put me out. I'll go quietly. I promise. # speaker: sophie #id:visitor_front_door.57
    She has invited herself in so kindly that refusing would be a kind of rudeness he no longer has the energy for. #id:visitor_front_door.58
    One glass. # speaker: stephane #id:visitor_front_door.59
* [Only if the notebook stays closed. #id:visitor_front_door.60]
    ~ notebook_closed = true
    ~ trust = trust + 1
    You can stay for dinner. On one condition: the notebook stays closed. # speaker: stephane #id:visitor_front_door.61
    She looks at the notebook, then at him. Then she puts it in her bag and pulls the strap shut. #id:visitor_front_door.62
    Deal. I remember everything anyway. # speaker: sophie # mood: amused #id:visitor_front_door.63
    That is exactly what he's afraid of. #id:visitor_front_door.64
-
-> welcome

= welcome
He stands aside. She crosses the threshold, and the house, which has had one person in it for twenty years, makes room. #id:visitor_front_door.65
He takes down a second plate. #id:visitor_front_door.66
~ start_chapter("dinner")
-> DONE

// ---------------------------------------------------------------------------------------------
// The radio on the dresser (optional).
// ---------------------------------------------------------------------------------------------

=== visitor_radio ===
{ visitor_radio > 1:
    { stopping:
    - He turns the dial once, slowly, all the way across. Music, weather, a man selling cars. Nothing else. Nothing. #id:visitor_radio.1
    - Tomorrow: clear, warm, light wind from the north. He switches it off. #id:visitor_radio.2
    - He leaves the radio alone. #id:visitor_radio.3
    }
    -> DONE
}
An old valve radio on the dresser, the size of a bread bin, older than the house's wiring. #id:visitor_radio.4
* [(Turn it on.) #id:visitor_radio.5]
    It warms up slowly, humming, and France Musique comes through: a piano, something by Satie, patient and a little sad. #id:visitor_radio.6
    * * [(Leave it on the music.) #id:visitor_radio.7]
        He leaves it. The piano walks down the same few notes, again and again, and never seems to mind. #id:visitor_radio.8
    * * [(Turn the dial.) #id:visitor_radio.9]
        ~ heard_numbers = true
        He turns the dial. Static, a football match, static. #id:visitor_radio.10
        And then, between two stations, a woman's voice, flat and clear, reading numbers in German. #id:visitor_radio.11
        Vier. Neun. Zwei. Sieben... # mood: hushed #id:visitor_radio.12
        He stops his hand. By the time he has found it again, it's gone. Only static. #id:visitor_radio.13
        Probably nothing. A play, an echo off the hills. Probably nothing. #id:visitor_radio.14
        He switches off the radio, and stands for a while with his hand on it. #id:visitor_radio.15
* [(Leave it off.) #id:visitor_radio.16]
    He leaves it off. The crickets are playing outside, and they've never had anything to say to him in code. #id:visitor_radio.17
-
-> DONE

// Chapter 2 — The Visitor. Dusk. The mas: kitchen, dining room, front door.

=== visitor_intro ===
{ visitor_intro > 1:
    The kitchen at dusk. Bread, cheese, tomatoes, a bottle. The same as every evening.
    -> DONE
}
Inside, the mas holds the day's heat in its walls like a held breath.
The kitchen smells of the morning's bread and the dried thyme hanging by the window.
Dinner is simple here, and always the same, and he would not change it for any table in Paris.
Bread. Cheese. Tomatoes. A bottle. Then the table, and the long evening, and the crickets.
-> DONE

// ---------------------------------------------------------------------------------------------
// Gathering dinner. Each counts once.
// ---------------------------------------------------------------------------------------------

=== visitor_bread ===
{ visitor_bread > 1:
    { stopping:
    - The bread is already on the table, wrapped in its cloth.
    - He has the bread. One loaf is plenty for one man.
    }
    -> DONE
}
~ dinner_items = dinner_items + 1
~ give_item("bread")
This morning's loaf from the bakery in the village, the crust gone hard and the inside still soft.
He'll tear it rather than cut it. A habit from somewhere colder, where there was never a good knife in the flat.
-> DONE

=== visitor_cheese ===
{ visitor_cheese > 1:
    { stopping:
    - The cheese is waiting on its board.
    - He has the cheese. He resists the rind until dinner. Mostly.
    }
    -> DONE
}
~ dinner_items = dinner_items + 1
~ give_item("cheese")
A Banon from the market, wrapped in brown chestnut leaves and tied with raffia like a small gift.
He unties it. Soft, sharp, a little indecent in its smell. Exactly right.
-> DONE

=== visitor_tomatoes ===
{ visitor_tomatoes > 1:
    { stopping:
    - The tomatoes are sliced and salted. Nothing more to be done for them.
    - He has the tomatoes.
    }
    -> DONE
}
~ dinner_items = dinner_items + 1
~ give_item("tomatoes")
{ picked_tomatoes:
    The tomatoes he picked this afternoon. He slices them thick and they bleed onto the board.
    Salt, a thread of olive oil. They still smell of the wall and the sun.
- else:
    Tomatoes from the bowl by the window, a day past their best and all the sweeter for it.
    He slices them thick. Salt, a thread of olive oil. Nothing else. Good things need no help.
}
-> DONE

=== visitor_bottle ===
{ visitor_bottle > 1:
    { stopping:
    - The bottle is open and breathing. So is he.
    - He has the wine. He has always had the wine.
    }
    -> DONE
}
~ dinner_items = dinner_items + 1
~ give_item("wine")
{ bottle_vintage == "1989":
    The '89 from the cellar stands on the counter where he left it, dust still in the curve of its shoulders.
    He draws the cork slowly. Old corks break if you rush them. So do old men.
- else:
    A bottle of his own red from the rack by the stove.
    { tasted_wine:
        The same wine he tasted in the cellar this afternoon. It will do more than do.
    - else:
        Last year's. Rich, a little rough still, like a young man who thinks he knows things.
    }
}
~ play_sound("cork")
The cork comes out with a soft sound. He leaves the bottle open on the counter to breathe.
-> DONE

// ---------------------------------------------------------------------------------------------
// The table, and the knock.
// ---------------------------------------------------------------------------------------------

=== visitor_table ===
{ visitor_front_door.welcome:
    { stopping:
    - Two plates now. It has been a long time since this table needed two.
    - The table is set. The candle is burning down.
    }
    -> DONE
}
{ heard_knock:
    The table is set for one. Someone is still waiting at the door.
    -> DONE
}
{ dinner_items < 4:
    { dinner_items == 0:
        An empty table. First, something to put on it.
    - else:
        Not yet. The table is still missing {missing_items()}.
    }
    -> DONE
}
He lays the table the way he always does. One plate. One glass. One knife, though he won't use it for the bread.
Bread, cheese, tomatoes, the open bottle. A candle, because it costs nothing and the evening deserves it.
He pulls out his chair.
~ heard_knock = true
~ play_sound("knock")
Three knocks at the front door.
Nobody knocks here. The neighbours call from the lane, and the postman leaves things on the wall.
He stands very still for a moment, the way he was trained to, listening for a car, a second voice, anything.
Nothing. Just crickets, and whoever is waiting on his step.
He goes to the door.
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
- The front door. Locked, though nobody locks their doors here. Nobody is expected. Nobody has been expected for years.
- Through the little window, the lane is empty all the way down to the village.
- He checks the bolt. It's still drawn. It always is.
}
-> DONE

= inside
{ stopping:
- She is inside now. The door can stay shut.
- The lane beyond the window is dark. Whoever else might come, nobody is coming tonight.
}
-> DONE

= sophie
~ play_sound("door")
He opens the door.
A young woman stands on the step with the last of the light behind her, a canvas bag over one shoulder.
Monsieur Balode? I'm sorry to come so late. And without calling. # speaker: sophie # mood: warm
Before he has said a word, something in him that has been retired for twenty years gets up and goes to work.
-> look

= look
* [(Her shoes.)]
    ~ noticed_shoes = true
    Her shoes. City shoes, thin-soled, white to the ankle with the dust of the lane.
    She walked up from the village, then. Two kilometres, asking the way.
    -> looked
* [(The notebook she's holding.)]
    ~ noticed_notebook = true
    A notebook held against her chest, the elastic still around it. A pencil stuck through the spine.
    A pencil, not a pen. Pencils don't run in the rain. Someone taught her that, or she learned it the hard way.
    -> looked
* [(Her hands.)]
    ~ noticed_hands = true
    Her hands. Ink on the side of the right one. No rings on her fingers.
    But on her left thumb, a man's signet ring, far too big, turned so the crest faces inward.
    -> looked
+ [(Her eyes.)]
    -> eyes

= looked
{ noticed_count() >= 3:
    She lets him look. Then, with the beginning of a smile:
    Have I passed inspection? # speaker: sophie # mood: amused
    -> eyes
}
-> look

= eyes
{ noticed_count() == 0:
    He doesn't look at her shoes, or her hands, or what she's carrying. He looks at her eyes.
- else:
    And then, last, her eyes.
}
Grey, curious, unafraid of being looked at. She is studying him exactly as openly as he is studying her.
She doesn't pretend otherwise. Nobody in his old life ever looked at him without pretending something.
Every instinct he has says be careful. But something in that gaze puts him at ease, and he couldn't say what.
My name is Sophie. Sophie Hale. I'm a journalist. American, as you can probably hear. # speaker: sophie
I'm researching a story on former spies in France. The men who came in from the cold and planted something. # speaker: sophie
She says it plainly, the way you'd say you were lost, and waits.
* [Spies? You've come to the wrong valley.]
    ~ deflections = deflections + 1
    Spies? I'm afraid you've come to the wrong valley, mademoiselle. # speaker: stephane # mood: guarded
    Maybe. But it's a beautiful valley to be wrong in. # speaker: sophie # mood: warm
* [Who gave you my name?]
    ~ asked_source = true
    Who gave you my name? # speaker: stephane # mood: wary
    An old man in an archive in Paris. He said it, and then he pretended he hadn't. # speaker: sophie
    That was how I knew it was worth the train. # speaker: sophie # mood: amused
    Lemaire, then. Or Duquesne. Either way, an old man who should have known better.
* [(Laugh.)]
    ~ jokes = jokes + 1
    He laughs, a good warm laugh, the kind that closes a subject.
    A spy. Me. I grow grapes, mademoiselle. # speaker: stephane # mood: amused
    That's a very good laugh. Did you practise it? # speaker: sophie # mood: amused
    He had, once. In front of a mirror in a hotel in Vienna.
* {warned_of_sophie} [You're the American from the café.]
    ~ trust = trust + 1
    You're the American from the café. # speaker: stephane
    Word travels fast. # speaker: sophie # mood: amused
    Here it's the only thing that does. # speaker: stephane # mood: warm
-
I don't want to take your whole evening. I can come back tomorrow, if that's better. # speaker: sophie
She glances past him, into the lit kitchen, at the table and the bottle. Something like hunger crosses her face.
* [Stay. There's enough for two.]
    ~ invited_her = true
    ~ trust = trust + 1
    Stay. There's enough for two. There's always enough for two. # speaker: stephane # mood: warm
    It's not true. There is never anyone for the second half. But tonight it is true, and that's enough.
    Thank you. I mean it. # speaker: sophie # mood: moved
* [It's late, mademoiselle.]
    It's late, mademoiselle. # speaker: stephane # mood: guarded
    It is. # speaker: sophie
    And I've walked two kilometres uphill in the wrong shoes, and you've opened a bottle I can smell from here. # speaker: sophie # mood: amused
    One glass. If I ask a bad question, you can put me out. I'll go quietly. I promise. # speaker: sophie
    She has invited herself in so kindly that refusing would be a kind of rudeness he no longer has the energy for.
    One glass. # speaker: stephane
* [Only if the notebook stays closed.]
    ~ notebook_closed = true
    ~ trust = trust + 1
    You can stay for dinner. On one condition: the notebook stays closed. # speaker: stephane
    She looks at the notebook, then at him. Then she puts it in her bag and pulls the strap shut.
    Deal. I remember everything anyway. # speaker: sophie # mood: amused
    That is exactly what he's afraid of.
-
-> welcome

= welcome
He stands aside. She crosses the threshold, and the house, which has had one person in it for twenty years, makes room.
He takes down a second plate.
~ start_chapter("dinner")
-> DONE

// ---------------------------------------------------------------------------------------------
// The radio on the dresser (optional).
// ---------------------------------------------------------------------------------------------

=== visitor_radio ===
{ visitor_radio > 1:
    { stopping:
    - He turns the dial once, slowly, all the way across. Music, weather, a man selling cars. Nothing else. Nothing.
    - Tomorrow: clear, warm, light wind from the north. He switches it off.
    - He leaves the radio alone.
    }
    -> DONE
}
An old valve radio on the dresser, the size of a bread bin, older than the house's wiring.
* [(Turn it on.)]
    It warms up slowly, humming, and France Musique comes through: a piano, something by Satie, patient and a little sad.
    * * [(Leave it on the music.)]
        He leaves it. The piano walks down the same few notes, again and again, and never seems to mind.
    * * [(Turn the dial.)]
        ~ heard_numbers = true
        He turns the dial. Static, a football match, static.
        And then, between two stations, a woman's voice, flat and clear, reading numbers in German.
        Vier. Neun. Zwei. Sieben... # mood: hushed
        He stops his hand. By the time he has found it again, it's gone. Only static.
        Probably nothing. A play, an echo off the hills. Probably nothing.
        He switches off the radio, and stands for a while with his hand on it.
* [(Leave it off.)]
    He leaves it off. The crickets are playing outside, and they've never had anything to say to him in code.
-
-> DONE

// Chapter 1 — Les Vignes. Late afternoon. The vineyard, the lane, the cellar.
// Narration is present tense, close to Stéphane.

=== vineyard_intro ===
{ vineyard_intro > 1:
    The afternoon again, and the vines, and the light going slowly gold. #id:vineyard_intro.1
    -> DONE
}
~ play_sound("cicadas")
Late afternoon in Provence. The cicadas have been at it since noon and show no sign of tiring. #id:vineyard_intro.2
The light lies long and gold across the vine rows, and the stones of the mas give back the day's heat. #id:vineyard_intro.3
Stéphane Balode, who was once many other people, stands in the yard before the mas with his sleeves rolled up. #id:vineyard_intro.4
Twenty-two years of this. Pruning, tying, waiting. The vines ask for patience and nothing else. #id:vineyard_intro.5
He has grown good at patience. It was, after all, most of his old trade. #id:vineyard_intro.6
{ chores_done < 3:
    Before dinner there are a few things to see to. The old vine. A loose cane. The tomatoes. Water from the well. #id:vineyard_intro.7
}
-> DONE

// ---------------------------------------------------------------------------------------------
// Chores. Each counts once.
// ---------------------------------------------------------------------------------------------

=== vineyard_tend_vine ===
{ vineyard_tend_vine == 1:
    ~ chores_done = chores_done + 1
    The oldest vine on the estate, planted before the war by a man whose name is on no paper he has seen. #id:vineyard_tend_vine.1
    Its trunk is twisted like a rope someone forgot to uncoil. Still it gives, every September. #id:vineyard_tend_vine.2
    He pinches off the leaves that have yellowed and the shoots that steal the sun from the fruit. #id:vineyard_tend_vine.3
    There. Eighty years old and still taking orders. #id:vineyard_tend_vine.4
- else:
    { stopping:
    - He runs a thumb along the bark. Nothing more to do here; the vine knows its business. #id:vineyard_tend_vine.5
    - The old vine has had all the attention it wants today. #id:vineyard_tend_vine.6
    }
}
-> DONE

=== vineyard_tie_cane ===
{ vineyard_tie_cane == 1:
    ~ chores_done = chores_done + 1
    A cane has slipped its wire in the wind and hangs down into the path, heavy with black grapes a week or two from ripe. #id:vineyard_tie_cane.1
    He lifts it back and ties it off with a twist of raffia. #id:vineyard_tie_cane.2
    His fingers make the knot before he thinks of it. Quick, flat, impossible to shake loose. #id:vineyard_tie_cane.3
    Not a gardener's knot. A man in a cold room in Paris taught him that one, for tying other things. #id:vineyard_tie_cane.4
    The cane holds. The knot will outlast the season. #id:vineyard_tie_cane.5
- else:
    { stopping:
    - The cane is holding. So is the knot. #id:vineyard_tie_cane.6
    - He checks the knot again anyway. Old habits. #id:vineyard_tie_cane.7
    }
}
-> DONE

=== vineyard_taste_grape ===
{ vineyard_taste_grape == 1:
    ~ chores_done = chores_done + 1
    He picks one grape from the sunny side of a bunch and rolls it between his fingers before tasting it. #id:vineyard_taste_grape.1
    Warm. Thick skin, a little dust. The sweetness comes first, then the sharpness underneath. #id:vineyard_taste_grape.2
    Ten days, perhaps twelve. If the weather holds. #id:vineyard_taste_grape.3
    He used to read people this way. The first taste, and then what they were hiding under it. #id:vineyard_taste_grape.4
- else:
    { stopping:
    - One more grape. Still ten days, still twelve. The grapes will not be hurried by tasting. #id:vineyard_taste_grape.5
    - He leaves the rest for September and the wasps. #id:vineyard_taste_grape.6
    }
}
-> DONE

=== vineyard_tomatoes ===
{ vineyard_tomatoes > 1:
    { picked_tomatoes:
        The rest can wait for tomorrow. He has what he needs for tonight. #id:vineyard_tomatoes.1
    - else:
        { stopping:
        - Still red, still heavy. They'll keep one more day. #id:vineyard_tomatoes.2
        - The tomatoes don't mind being left. #id:vineyard_tomatoes.3
        }
    }
    -> DONE
}
~ chores_done = chores_done + 1
The tomatoes have gone heavy and red against the wall, where the stone keeps them warm at night. #id:vineyard_tomatoes.4
Too many for one man. There are always too many for one man. #id:vineyard_tomatoes.5
* [(Pick a few for dinner.) #id:vineyard_tomatoes.6]
    ~ picked_tomatoes = true
    He picks three of the ripest, the ones split a little at the shoulder, and carries them in the crook of his arm. #id:vineyard_tomatoes.7
    They smell green and sharp, of the stem and the afternoon. #id:vineyard_tomatoes.8
* [(Leave them on the vine.) #id:vineyard_tomatoes.9]
    He leaves them where they are. There are some in the kitchen already. Let these have one more day of sun. #id:vineyard_tomatoes.10
-
-> DONE

=== vineyard_well ===
{ vineyard_well == 1:
    ~ chores_done = chores_done + 1
    He lowers the bucket. The chain runs through his hands, cool and rough, and the well answers with a hollow knock far down. #id:vineyard_well.1
    It comes up brimming and cold enough to ache. He waters the young vines at the end of the row, one by one. #id:vineyard_well.2
    A well is an honest thing. You let something down into the dark, and it comes back up exactly as it is. #id:vineyard_well.3
- else:
    { stopping:
    - He drinks from his cupped hands. Cold, with a taste of stone. #id:vineyard_well.4
    - The young vines have had their water. The well can rest. #id:vineyard_well.5
    }
}
-> DONE

// ---------------------------------------------------------------------------------------------
// The bench: not a chore. A moment.
// ---------------------------------------------------------------------------------------------

=== vineyard_bench ===
{ vineyard_bench > 1:
    { stopping:
    - He sits a little longer. The shadows of the cypresses have reached the second row. #id:vineyard_bench.1
    - The light is nearly gone from the hills. Dinner, then. #id:vineyard_bench.2
    }
    -> DONE
}
He sits on the stone bench and lets his knees complain. #id:vineyard_bench.3
From here he can see the whole slope: the rows running down to the lane, the olives, the cypresses like closed umbrellas. #id:vineyard_bench.4
The sun is low enough now to turn every leaf to copper. #id:vineyard_bench.5
* [(Let the memory come.) #id:vineyard_bench.6]
    He closes his eyes, and for a moment the bench is another bench, in another city, where the light was never gold. #id:vineyard_bench.7
    A newspaper he never read. A window across the street he watched for eleven hours. #id:vineyard_bench.8
    He opens his eyes. The copper leaves are still there. He is still here. That is the whole miracle, every evening. #id:vineyard_bench.9
* [(Watch the light until it's gone from the hills.) #id:vineyard_bench.10]
    He watches the light climb the hills, row by row, until only the very tops are still burning. #id:vineyard_bench.11
    He thinks of nothing. It took him years to learn how. He is still not very good at it. #id:vineyard_bench.12
-
-> DONE

// ---------------------------------------------------------------------------------------------
// The neighbours on the lane: Marcel and Odette. Warm, curious, incorrigible.
// ---------------------------------------------------------------------------------------------

=== vineyard_marcel ===
{ vineyard_marcel > 1:
    { stopping:
    - Still out? Go and eat, Stéphane. You get thinner every summer. # speaker: marcel # mood: warm #id:vineyard_marcel.1
    - Marcel lifts his cap and goes back to his argument with Odette about the price of diesel. #id:vineyard_marcel.2
    - Marcel is telling Odette something behind his hand. He stops, beaming, as Stéphane passes. #id:vineyard_marcel.3
    }
    -> DONE
}
~ met_neighbours = true
Stéphane! There you are. We were just talking about the weather. # speaker: marcel # mood: sly #id:vineyard_marcel.4
Of course they were. They talk about the weather the way other people talk about him. #id:vineyard_marcel.5
Tell me something. Twenty-two years you've been up there, and I still don't know what you did in Paris. # speaker: marcel #id:vineyard_marcel.6
Odette says a diplomat. I say no diplomat ever came home with hands like yours. # speaker: marcel # mood: amused #id:vineyard_marcel.7
* [The grapes will be ready in ten days. #id:vineyard_marcel.8]
    The grapes will be ready in ten days. Tell Odette there'll be a basket for her jam. # speaker: stephane # mood: warm #id:vineyard_marcel.9
    The grapes. Always the grapes with you. # speaker: marcel # mood: amused #id:vineyard_marcel.10
    Fine. Keep your secrets. But I want two baskets. # speaker: marcel #id:vineyard_marcel.11
* [I was a spy, Marcel. I know what you had for breakfast. #id:vineyard_marcel.12]
    I was a spy, Marcel. I know exactly what you had for breakfast. # speaker: stephane # mood: amused #id:vineyard_marcel.13
    Marcel laughs so hard he has to hold on to the wall. #id:vineyard_marcel.14
    Go on, then. What did I have? # speaker: marcel # mood: amused #id:vineyard_marcel.15
    Anchovies. You still smell of them. # speaker: stephane #id:vineyard_marcel.16
    Ha! Odette, you hear that? A spy! # speaker: marcel # mood: amused #id:vineyard_marcel.17
    The truth makes an excellent joke. Nobody ever believes it. #id:vineyard_marcel.18
* [Colleagues from those years don't send postcards. #id:vineyard_marcel.19]
    ~ said_too_much = true
    The people I worked with in those years don't send postcards, Marcel. # speaker: stephane # mood: guarded #id:vineyard_marcel.20
    It comes out before he has weighed it. The afternoon has made him careless. #id:vineyard_marcel.21
    Marcel is quiet for a moment. Then he puts a heavy hand on Stéphane's shoulder. #id:vineyard_marcel.22
    Well. We're your colleagues now. And we don't send postcards either. # speaker: marcel # mood: warm #id:vineyard_marcel.23
    He'll tell Odette before supper. By tomorrow the whole village will have it, improved. #id:vineyard_marcel.24
-
-> DONE

=== vineyard_odette ===
{ vineyard_odette > 1:
    { stopping:
    - Go on, go and eat. And lock your door, with strangers about. # speaker: odette # mood: warm #id:vineyard_odette.1
    - Odette waves him on with her whole arm, the way she waves at tractors. #id:vineyard_odette.2
    - Bonne soirée, Stéphane. # speaker: odette #id:vineyard_odette.3
    }
    -> DONE
}
~ met_neighbours = true
Bonsoir, Stéphane. Your lavender is the best in the valley. You know it is. # speaker: odette # mood: warm #id:vineyard_odette.4
One day you'll tell me your secret. # speaker: odette #id:vineyard_odette.5
* [Water it less than you think. #id:vineyard_odette.6]
    Water it less than you think. It likes to suffer a little. # speaker: stephane #id:vineyard_odette.7
    That's what you say about everything. # speaker: odette # mood: amused #id:vineyard_odette.8
* [Which secret, Odette? #id:vineyard_odette.9]
    Which secret, Odette? # speaker: stephane # mood: amused #id:vineyard_odette.10
    Ah. So there's more than one. # speaker: odette # mood: sly #id:vineyard_odette.11
    She says it lightly. Her eyes don't. #id:vineyard_odette.12
-
She leans closer, the way she does when she has news. #id:vineyard_odette.13
There was a young woman at the café at lunch. American. # speaker: odette #id:vineyard_odette.14
She asked Jeanne which house was yours. # speaker: odette #id:vineyard_odette.15
~ warned_of_sophie = true
* [What did Jeanne tell her? #id:vineyard_odette.16]
    What did Jeanne tell her? # speaker: stephane # mood: wary #id:vineyard_odette.17
    The truth. The stone house past the well, with the blue shutters. What else is there to tell? # speaker: odette #id:vineyard_odette.18
    What else, indeed. # speaker: stephane #id:vineyard_odette.19
* [Americans like lavender. #id:vineyard_odette.20]
    Americans like lavender. She'll have come for a photograph. # speaker: stephane # mood: amused #id:vineyard_odette.21
    With a notebook? Nobody photographs with a notebook. # speaker: odette #id:vineyard_odette.22
* [(Say nothing. Look down the lane.) #id:vineyard_odette.23]
    He looks down the lane toward the village. Empty. The dust hasn't been stirred since the baker's van. #id:vineyard_odette.24
    You've gone somewhere. You do that. # speaker: odette # mood: gentle #id:vineyard_odette.25
    She pats his arm and lets him come back in his own time. #id:vineyard_odette.26
-
-> DONE

// Overheard as he comes down the lane (the dinner and the ending remember what he heard).

=== vineyard_whispers_1 ===
{ vineyard_whispers_1 > 1:
    { stopping:
    - The voices on the lane drop as he comes nearer, and rise again behind him. #id:vineyard_whispers_1.1
    - Cicadas, and somewhere below, Odette laughing. #id:vineyard_whispers_1.2
    }
    -> DONE
}
Voices carry up the lane in the still air. Odette's first. #id:vineyard_whispers_1.3
...never a diplomat, Marcel, I'm telling you. Diplomats have photographs. # speaker: odette # mood: hushed #id:vineyard_whispers_1.4
{ said_too_much:
    ...he said it himself. Colleagues who don't send postcards. # speaker: marcel # mood: hushed #id:vineyard_whispers_1.5
- else:
    ...shh. Sound carries up here. # speaker: marcel # mood: hushed #id:vineyard_whispers_1.6
}
He slows his step, out of an old courtesy, so they have time to change the subject. #id:vineyard_whispers_1.7
-> DONE

=== vineyard_whispers_2 ===
{ vineyard_whispers_2 > 1:
    { stopping:
    - Marcel clears his throat loudly, a warning to Odette that fools no one. #id:vineyard_whispers_2.1
    - The lane is quiet but for the cicadas. #id:vineyard_whispers_2.2
    }
    -> DONE
}
...twenty years and not one visitor. Not one letter with a foreign stamp. # speaker: marcel # mood: hushed #id:vineyard_whispers_2.3
...he had one, once. A grey car, the first winter. The man didn't stay for dinner. # speaker: odette # mood: hushed #id:vineyard_whispers_2.4
He remembers the grey car. He remembers what the man in it said, and what he didn't. #id:vineyard_whispers_2.5
They stop talking when they see him. Odette waves. Marcel finds something fascinating about his boots. #id:vineyard_whispers_2.6
-> DONE

// ---------------------------------------------------------------------------------------------
// The cellar
// ---------------------------------------------------------------------------------------------

=== cellar_taste_wine ===
{ cellar_taste_wine > 1:
    { stopping:
    - One glass is a tasting. Two is an evening. He corks the bottle. #id:cellar_taste_wine.1
    - He leaves the bottle where it is. There will be wine at dinner. #id:cellar_taste_wine.2
    }
    -> DONE
}
~ tasted_wine = true
~ play_sound("cork")
The cork gives with a soft, reluctant sound. He pours a finger of last year's red into the tasting glass. #id:cellar_taste_wine.3
~ play_sound("glass")
It is nearly black in the glass, and slow where it runs down the side. #id:cellar_taste_wine.4
Rich and full-bodied. Black cherry, warm stone, the smell of the hills after the first rain. #id:cellar_taste_wine.5
And underneath, a bitterness that takes its time arriving, like the end of a sentence someone wasn't sure they should say. #id:cellar_taste_wine.6
He holds it in his mouth a long moment before he swallows. #id:cellar_taste_wine.7
It will be good in two years. Better in five. He has become a man who thinks in years that way again. #id:cellar_taste_wine.8
-> DONE

=== cellar_rack ===
{ cellar_rack > 1:
    { bottle_vintage == "1989":
        A gap in the rack where the '89 was. It looks like a missing tooth. #id:cellar_rack.1
    - else:
        { stopping:
        - The old bottles sleep in their dust. He lets them. #id:cellar_rack.2
        - 1961, 1976, 1983, 1989. He doesn't need to read the chalk to know where each one lies. #id:cellar_rack.3
        }
    }
    -> DONE
}
The rack along the back wall holds old Fabre's bottles, the ones that came with the house. #id:cellar_rack.4
Fabre sold him the land and the cellar together and never asked what a man from Paris wanted with either. #id:cellar_rack.5
He runs a finger along the chalk marks, and the years come back one by one, whether he asks them to or not. #id:cellar_rack.6
1961. He was thirteen. His father listened to the radio from Algiers with the door closed. #id:cellar_rack.7
1976. The hot summer. His first posting, his first false name, and he thought himself very clever. #id:cellar_rack.8
1983. He doesn't read that label. He knows what's written on it. #id:cellar_rack.9
1989. November. He watched the Wall come down on a hotel television with the sound off, and ordered a second whisky. #id:cellar_rack.10
His own first vintage sits at the end of the row. Thin as a promise. He drinks one bottle a year, to keep himself humble. #id:cellar_rack.11
* [(Take the '89 up for tonight.) #id:cellar_rack.12]
    ~ bottle_vintage = "1989"
    He draws the '89 out of its cradle and wipes the shoulders clean with his sleeve. #id:cellar_rack.13
    Why this one, tonight? He couldn't say. Some years you drink to remember. Some, to be sure you still can. #id:cellar_rack.14
* [(Let them sleep.) #id:cellar_rack.15]
    He leaves them where they are. Old years keep best in the dark. #id:cellar_rack.16
-
-> DONE

=== cellar_crate ===
{ cellar_crate > 1:
    { passport_in_pocket:
        The crate holds only papers now. The passport is in his shirt pocket, lighter than it ought to be. #id:cellar_crate.1
    - else:
        { stopping:
        - Henri is still in there, under the tax papers. He lets him sleep. #id:cellar_crate.2
        - An old crate of old papers. Nothing anyone would look at twice. #id:cellar_crate.3
        }
    }
    -> DONE
}
Under the stairs, a wine crate stamped FABRE 1976 that has not held wine in twenty years. #id:cellar_crate.4
He means to look for the invoice from the cooper. He lifts the lid. #id:cellar_crate.5
Tax papers. A broken corkscrew. Letters from the Crédit Agricole. #id:cellar_crate.6
And under them, wrapped in a square of oilcloth, something he had not quite forgotten was there. #id:cellar_crate.7
~ found_passport = true
A passport. The cover worn soft at the corners, the gold letters gone dull: PASSEPORT DIPLOMATIQUE. #id:cellar_crate.8
The photograph inside is of a younger man with his face and a name that was never his. Henri Vasseur. #id:cellar_crate.9
Henri liked his coffee black and never slept past five. Henri had a very good memory for faces. #id:cellar_crate.10
He was Henri for three years. Some mornings he still wakes up as him. #id:cellar_crate.11
* [(Wrap it again and put it back under the papers.) #id:cellar_crate.12]
    He folds the oilcloth over Henri's face and slides him back under the tax papers, where he belongs. #id:cellar_crate.13
    The lid goes down. The crate is a crate again. #id:cellar_crate.14
* [(Slip it into his shirt pocket.) #id:cellar_crate.15]
    ~ passport_in_pocket = true
    He doesn't decide to keep it. His hand decides, and slips it into his shirt pocket, over his heart. #id:cellar_crate.16
    He'll put it back later. He tells himself that. #id:cellar_crate.17
-
-> DONE

// ---------------------------------------------------------------------------------------------
// The door of the mas: the way into the next chapter.
// ---------------------------------------------------------------------------------------------

=== vineyard_mas_door ===
{ chores_done < 3:
    Not yet. The vines first; dinner can wait. #id:vineyard_mas_door.1
    { chores_done == 0:
        The afternoon's work is still all ahead of him. #id:vineyard_mas_door.2
    }
    Still to see to: {chores_left()}. #id:vineyard_mas_door.3
    -> DONE
}
He stamps the dust off his boots on the step, out of habit rather than need. #id:vineyard_mas_door.4
The cicadas are thinning out. Down in the valley, the first window lights up. #id:vineyard_mas_door.5
Time to make dinner. Dinner for one, as always. #id:vineyard_mas_door.6
~ start_chapter("visitor")
-> DONE

// The chores not done yet, as a list for a sentence ("the old vine, the loose cane and the well").
=== function chores_left() ===
~ temp items = ""
~ temp n = 0
~ temp left = 5 - chores_done
{ not vineyard_tend_vine:
    ~ n = n + 1
    ~ items = items + join(n, left) + "the old vine"
}
{ not vineyard_tie_cane:
    ~ n = n + 1
    ~ items = items + join(n, left) + "the loose cane"
}
{ not vineyard_taste_grape:
    ~ n = n + 1
    ~ items = items + join(n, left) + "the grapes to taste"
}
{ not vineyard_tomatoes:
    ~ n = n + 1
    ~ items = items + join(n, left) + "the tomatoes"
}
{ not vineyard_well:
    ~ n = n + 1
    ~ items = items + join(n, left) + "water from the well"
}
~ return items

// separator before the n-th of `count` items
=== function join(n, count) ===
{
- n == 1:
    ~ return ""
- n == count:
    ~ return " and "
- else:
    ~ return ", "
}

// ---------------------------------------------------------------------------------------------
// Small things on the map (optional: lavender, the grape crate by the cellar, the signpost,
// the lane).
// ---------------------------------------------------------------------------------------------

=== vineyard_lavender ===
{ stopping:
- He crushes a sprig between his fingers. Lavender and hot stone: the smell of the whole south in one breath. #id:vineyard_lavender.1
- The bees have the lavender to themselves. He doesn't argue with bees. #id:vineyard_lavender.2
- Still lavender. Still bees. #id:vineyard_lavender.3
}
-> DONE

=== vineyard_grape_crate ===
{ stopping:
- Empty crates, stacked in the shade by the cellar door, waiting for the harvest. He counts them. Then, without meaning to, he counts them again. #id:vineyard_grape_crate.1
- Eleven crates. Still eleven. He used to count exits the same way. #id:vineyard_grape_crate.2
- The crates can wait for the cellar. #id:vineyard_grape_crate.3
}
-> DONE

=== vineyard_signpost ===
{ stopping:
- The village, two kilometres. The paint is flaking off the arrow. He has never once needed it. #id:vineyard_signpost.1
- The signpost leans a little more each winter. So does he. #id:vineyard_signpost.2
}
-> DONE

=== vineyard_lane ===
{ stopping:
- The lane runs down between the vines to the village. From here he can see anyone coming a long way off. He chose the house for it. #id:vineyard_lane.1
- The lane is empty. It usually is. #id:vineyard_lane.2
}
-> DONE

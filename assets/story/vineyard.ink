// Chapter 1 — Les Vignes. Late afternoon. The vineyard, the lane, the cellar.
// Narration is present tense, close to Stéphane.

=== vineyard_intro ===
{ vineyard_intro > 1:
    The afternoon again, and the vines, and the light going slowly gold.
    -> DONE
}
~ play_sound("cicadas")
Late afternoon in Provence. The cicadas have been at it since noon and show no sign of tiring.
The light lies long and gold across the vine rows, and the stones of the mas give back the day's heat.
Stéphane Balode, who was once many other people, stands in the yard before the mas with his sleeves rolled up.
Twenty-two years of this. Pruning, tying, waiting. The vines ask for patience and nothing else.
He has grown good at patience. It was, after all, most of his old trade.
{ chores_done < 3:
    Before dinner there are a few things to see to. The old vine. A loose cane. The tomatoes. Water from the well.
}
-> DONE

// ---------------------------------------------------------------------------------------------
// Chores. Each counts once.
// ---------------------------------------------------------------------------------------------

=== vineyard_tend_vine ===
{ vineyard_tend_vine == 1:
    ~ chores_done = chores_done + 1
    The oldest vine on the estate, planted before the war by a man whose name is on no paper he has seen.
    Its trunk is twisted like a rope someone forgot to uncoil. Still it gives, every September.
    He pinches off the leaves that have yellowed and the shoots that steal the sun from the fruit.
    There. Sixty years old and still taking orders. He knows the feeling.
- else:
    { stopping:
    - He runs a thumb along the bark. Nothing more to do here; the vine knows its business.
    - The old vine has had all the attention it wants today.
    }
}
-> DONE

=== vineyard_tie_cane ===
{ vineyard_tie_cane == 1:
    ~ chores_done = chores_done + 1
    A cane has slipped its wire in the wind and hangs down into the path, heavy with green grapes.
    He lifts it back and ties it off with a twist of raffia.
    His fingers make the knot before he thinks of it. Quick, flat, impossible to shake loose.
    Not a gardener's knot. A man in a cold room in Paris taught him that one, for tying other things.
    The cane holds. The knot will outlast the season. Some lessons stay whether you want them or not.
- else:
    { stopping:
    - The cane is holding. So is the knot.
    - He checks the knot again anyway. Old habits.
    }
}
-> DONE

=== vineyard_taste_grape ===
{ vineyard_taste_grape == 1:
    ~ chores_done = chores_done + 1
    He picks one grape from the sunny side of a bunch and rolls it between his fingers before tasting it.
    Warm. Thick skin, a little dust. The sweetness comes first, then the sharpness underneath.
    Ten days, perhaps twelve. If the weather holds.
    He used to read people this way. The first taste, and then what they were hiding under it.
- else:
    { stopping:
    - One more grape. Still ten days, still twelve. The grapes will not be hurried by tasting.
    - He leaves the rest for September and the wasps.
    }
}
-> DONE

=== vineyard_tomatoes ===
{ vineyard_tomatoes > 1:
    { picked_tomatoes:
        The rest can wait for tomorrow. He has what he needs for tonight.
    - else:
        { stopping:
        - Still red, still heavy. They'll keep one more day.
        - The tomatoes don't mind being left. Nothing here minds being left.
        }
    }
    -> DONE
}
~ chores_done = chores_done + 1
The tomatoes have gone heavy and red against the wall, where the stone keeps them warm at night.
Too many for one man. There are always too many for one man.
* [(Pick a few for dinner.)]
    ~ picked_tomatoes = true
    He picks three of the ripest, the ones split a little at the shoulder, and carries them in the crook of his arm.
    They smell green and sharp, of the stem and the afternoon.
* [(Leave them on the vine.)]
    He leaves them where they are. There are some in the kitchen already. Let these have one more day of sun.
-
-> DONE

=== vineyard_well ===
{ vineyard_well == 1:
    ~ chores_done = chores_done + 1
    He lowers the bucket. The chain runs through his hands, cool and rough, and the well answers with a hollow knock far down.
    It comes up brimming and cold enough to ache. He waters the young vines at the end of the row, one by one.
    A well is an honest thing. You let something down into the dark, and it comes back up exactly as it is.
- else:
    { stopping:
    - He drinks from his cupped hands. Cold, with a taste of stone.
    - The young vines have had their water. The well can rest.
    }
}
-> DONE

// ---------------------------------------------------------------------------------------------
// The bench: not a chore. A moment.
// ---------------------------------------------------------------------------------------------

=== vineyard_bench ===
{ vineyard_bench > 1:
    { stopping:
    - He sits a little longer. The shadows of the cypresses have reached the second row.
    - The light is nearly gone from the hills. Dinner, then.
    }
    -> DONE
}
He sits on the stone bench and lets his knees complain.
From here he can see the whole slope: the rows running down to the lane, the olives, the cypresses like closed umbrellas.
The sun is low enough now to turn every leaf to copper.
* [(Let the memory come.)]
    He closes his eyes, and for a moment the bench is another bench, in another city, where the light was never gold.
    A newspaper he never read. A window across the street he watched for eleven hours.
    He opens his eyes. The copper leaves are still there. He is still here. That is the whole miracle, every evening.
* [(Watch the light until it's gone from the hills.)]
    He watches the light climb the hills, row by row, until only the very tops are still burning.
    He thinks of nothing. It took him years to learn how. He is still not very good at it.
-
-> DONE

// ---------------------------------------------------------------------------------------------
// The neighbours on the lane: Marcel and Odette. Warm, curious, incorrigible.
// ---------------------------------------------------------------------------------------------

=== vineyard_marcel ===
{ vineyard_marcel > 1:
    { stopping:
    - Still out? Go and eat, Stéphane. You get thinner every summer. # speaker: marcel # mood: warm
    - Marcel lifts his cap and goes back to his argument with Odette about the price of diesel.
    - Marcel is telling Odette something behind his hand. He stops, beaming, as Stéphane passes.
    }
    -> DONE
}
~ met_neighbours = true
Stéphane! There you are. We were just talking about the weather. # speaker: marcel # mood: sly
Of course they were. They talk about the weather the way other people talk about him.
Tell me something. Twenty-two years you've been up there, and I still don't know what you did in Paris. # speaker: marcel
Odette says a diplomat. I say no diplomat ever came home with hands like yours. # speaker: marcel # mood: amused
* [The grapes will be ready in ten days.]
    The grapes will be ready in ten days. Tell Odette there'll be a basket for her jam. # speaker: stephane # mood: warm
    The grapes. Always the grapes with you. # speaker: marcel # mood: amused
    Fine. Keep your secrets. But I want two baskets. # speaker: marcel
* [I was a spy, Marcel. I know what you had for breakfast.]
    I was a spy, Marcel. I know exactly what you had for breakfast. # speaker: stephane # mood: amused
    Marcel laughs so hard he has to hold on to the wall.
    Go on, then. What did I have? # speaker: marcel # mood: amused
    Anchovies. You still smell of them. # speaker: stephane
    Ha! Odette, you hear that? A spy! # speaker: marcel # mood: amused
    The truth makes an excellent joke. Nobody ever believes it.
* [Colleagues from those years don't send postcards.]
    ~ said_too_much = true
    The people I worked with in those years don't send postcards, Marcel. # speaker: stephane # mood: guarded
    It comes out before he has weighed it. The afternoon has made him careless.
    Marcel is quiet for a moment. Then he puts a heavy hand on Stéphane's shoulder.
    Well. We're your colleagues now. And we don't send postcards either. # speaker: marcel # mood: warm
    He'll tell Odette before supper. By tomorrow the whole village will have it, improved.
-
-> DONE

=== vineyard_odette ===
{ vineyard_odette > 1:
    { stopping:
    - Go on, go and eat. And lock your door, with strangers about. # speaker: odette # mood: warm
    - Odette waves him on with her whole arm, the way she waves at tractors.
    - Bonne soirée, Stéphane. # speaker: odette
    }
    -> DONE
}
~ met_neighbours = true
Bonsoir, Stéphane. Your lavender is the best in the valley. You know it is. # speaker: odette # mood: warm
One day you'll tell me your secret. # speaker: odette
* [Water it less than you think.]
    Water it less than you think. It likes to suffer a little. # speaker: stephane
    That's what you say about everything. # speaker: odette # mood: amused
* [Which secret, Odette?]
    Which secret, Odette? # speaker: stephane # mood: amused
    Ah. So there's more than one. # speaker: odette # mood: sly
    She says it lightly. Her eyes don't.
-
She leans closer, the way she does when she has news.
There was a young woman at the café at lunch. American. # speaker: odette
She asked Jeanne which house was yours. # speaker: odette
~ warned_of_sophie = true
* [What did Jeanne tell her?]
    What did Jeanne tell her? # speaker: stephane # mood: wary
    The truth. The stone house past the well, with the blue shutters. What else is there to tell? # speaker: odette
    What else, indeed. # speaker: stephane
* [Americans like lavender.]
    Americans like lavender. She'll have come for a photograph. # speaker: stephane # mood: amused
    With a notebook? Nobody photographs with a notebook. # speaker: odette
* [(Say nothing. Look down the lane.)]
    He looks down the lane toward the village. Empty. The dust hasn't been stirred since the baker's van.
    You've gone somewhere. You do that. # speaker: odette # mood: gentle
    She pats his arm and lets him come back in his own time.
-
-> DONE

// Overheard as he comes down the lane. Each raises heard_whispers once.

=== vineyard_whispers_1 ===
{ vineyard_whispers_1 > 1:
    { stopping:
    - The voices on the lane drop as he comes nearer, and rise again behind him.
    - Cicadas, and somewhere below, Odette laughing.
    }
    -> DONE
}
~ heard_whispers = heard_whispers + 1
Voices carry up the lane in the still air. Odette's first.
...never a diplomat, Marcel, I'm telling you. Diplomats have photographs. # speaker: odette # mood: hushed
{ said_too_much:
    ...he said it himself. Colleagues who don't send postcards. # speaker: marcel # mood: hushed
- else:
    ...shh. Sound carries up here. # speaker: marcel # mood: hushed
}
He slows his step, out of an old courtesy, so they have time to change the subject.
-> DONE

=== vineyard_whispers_2 ===
{ vineyard_whispers_2 > 1:
    { stopping:
    - Marcel clears his throat loudly, a warning to Odette that fools no one.
    - The lane is quiet but for the cicadas.
    }
    -> DONE
}
~ heard_whispers = heard_whispers + 1
...twenty years and not one visitor. Not one letter with a foreign stamp. # speaker: marcel # mood: hushed
...he had one, once. A grey car, the first winter. The man didn't stay for dinner. # speaker: odette # mood: hushed
He remembers the grey car. He remembers what the man in it said, and what he didn't.
They stop talking when they see him. Odette waves. Marcel finds something fascinating about his boots.
-> DONE

// ---------------------------------------------------------------------------------------------
// The cellar
// ---------------------------------------------------------------------------------------------

=== cellar_taste_wine ===
{ cellar_taste_wine > 1:
    { stopping:
    - One glass is a tasting. Two is an evening. He corks the bottle.
    - He leaves the bottle where it is. There will be wine at dinner.
    }
    -> DONE
}
~ tasted_wine = true
~ play_sound("cork")
The cork gives with a soft, reluctant sound. He pours a finger of last year's red into the tasting glass.
~ play_sound("glass")
It is nearly black in the glass, and slow where it runs down the side.
Rich and full-bodied. Black cherry, warm stone, the smell of the hills after the first rain.
And underneath, a bitterness that takes its time arriving, like the end of a sentence someone wasn't sure they should say.
He holds it in his mouth a long moment before he swallows.
It will be good in two years. Better in five. He has become a man who thinks in years that way again.
-> DONE

=== cellar_rack ===
{ cellar_rack > 1:
    { bottle_vintage == "1989":
        A gap in the rack where the '89 was. It looks like a missing tooth.
    - else:
        { stopping:
        - The old bottles sleep in their dust. He lets them.
        - 1961, 1976, 1983, 1989. He doesn't need to read the chalk to know where each one lies.
        }
    }
    -> DONE
}
The rack along the back wall holds old Fabre's bottles, the ones that came with the house.
Fabre sold him the land and the cellar together and never asked what a man from Paris wanted with either.
He runs a finger along the chalk marks, and the years come back one by one, whether he asks them to or not.
1961. He was thirteen. His father listened to the radio from Algiers with the door closed.
1976. The hot summer. His first posting, his first false name, and he thought himself very clever.
1983. He doesn't read that label. He knows what's written on it.
1989. November. He watched the Wall come down on a hotel television with the sound off, and ordered a second whisky.
His own first vintage sits at the end of the row. Thin as a promise. He drinks one bottle a year, to keep himself humble.
* [(Take the '89 up for tonight.)]
    ~ bottle_vintage = "1989"
    He draws the '89 out of its cradle and wipes the shoulders clean with his sleeve.
    Why this one, tonight? He couldn't say. Some years you drink to remember. Some, to be sure you still can.
* [(Let them sleep.)]
    He leaves them where they are. Old years keep best in the dark.
-
-> DONE

=== cellar_crate ===
{ cellar_crate > 1:
    { passport_in_pocket:
        The crate holds only papers now. The passport is in his shirt pocket, lighter than it ought to be.
    - else:
        { stopping:
        - Henri is still in there, under the tax papers. He lets him sleep.
        - An old crate of old papers. Nothing anyone would look at twice.
        }
    }
    -> DONE
}
Under the stairs, a wine crate stamped FABRE 1976 that has not held wine in twenty years.
He means to look for the invoice from the cooper. He lifts the lid.
Tax papers. A broken corkscrew. Letters from the Crédit Agricole.
And under them, wrapped in a square of oilcloth, something he had not quite forgotten was there.
~ found_passport = true
A passport. The cover worn soft at the corners, the gold letters gone dull: PASSEPORT DIPLOMATIQUE.
The photograph inside is of a younger man with his face and a name that was never his. Henri Vasseur.
Henri liked his coffee black and never slept past five. Henri had a very good memory for faces.
He was Henri for three years. Some mornings he still wakes up as him.
* [(Wrap it again and put it back under the papers.)]
    He folds the oilcloth over Henri's face and slides him back under the tax papers, where he belongs.
    The lid goes down. The crate is a crate again.
* [(Slip it into his shirt pocket.)]
    ~ passport_in_pocket = true
    He doesn't decide to keep it. His hand decides, and slips it into his shirt pocket, over his heart.
    He'll put it back later. He tells himself that.
-
-> DONE

// ---------------------------------------------------------------------------------------------
// The door of the mas: the way into the next chapter.
// ---------------------------------------------------------------------------------------------

=== vineyard_mas_door ===
{ chores_done < 3:
    Not yet. The vines first; dinner can wait.
    { chores_done == 0:
        The afternoon's work is still all ahead of him.
    }
    Still to see to: {chores_left()}.
    -> DONE
}
He stamps the dust off his boots on the step, out of habit rather than need.
The cicadas are thinning out. Down in the valley, the first window lights up.
Time to make dinner. Dinner for one, as always.
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
- He crushes a sprig between his fingers. Lavender and hot stone: the smell of the whole south in one breath.
- The bees have the lavender to themselves. He doesn't argue with bees.
- Still lavender. Still bees.
}
-> DONE

=== vineyard_grape_crate ===
{ stopping:
- This morning's bunches, stacked in the shade by the cellar door. He counts the crates. Then, without meaning to, he counts them again.
- Eleven crates. Still eleven. He used to count exits the same way.
- The crates can wait for the cellar.
}
-> DONE

=== vineyard_signpost ===
{ stopping:
- The village, two kilometres. The paint is flaking off the arrow. He has never once needed it.
- The signpost leans a little more each winter. So does he.
}
-> DONE

=== vineyard_lane ===
{ stopping:
- The lane runs down between the vines to the village. From here he can see anyone coming a long way off. He chose the house for it.
- The lane is empty. It usually is.
}
-> DONE

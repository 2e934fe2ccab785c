// Chapter 4 — Under the Stars. The garden at night: a bench, lanterns, the vines beyond.

=== garden_intro ===
{ garden_intro > 1:
    The garden, the lanterns, the crickets. Sophie on the bench, waiting. #id:garden_intro.1
    -> DONE
}
~ play_sound("crickets")
The garden at night. The day's heat is still rising out of the stones, and the air smells of thyme and cooling earth. #id:garden_intro.2
He lit the lanterns at dusk, from habit. He has never before lit them for anyone. #id:garden_intro.3
Above the cypresses, more stars than anyone in a city would believe. #id:garden_intro.4
Sophie has gone ahead to the bench. #id:garden_intro.5
{ noticed_shoes:
    She has kicked off those city shoes and tucked her feet up under her. #id:garden_intro.6
- else:
    She has her feet tucked up under her, her face turned up to the sky. #id:garden_intro.7
}
She looks, for a moment, like someone who has stopped running. He knows the look. He wore it for a year after he came here. #id:garden_intro.8
-> DONE

=== garden_sophie ===
{ ending:
    -> after
}
{ garden_done:
    -> again
}
-> sit

= after
{ stopping:
- She squeezes his hand. Nothing more needs saying tonight. #id:garden_sophie.1
- She is still here. The stars are still there. That's all, and it's enough. #id:garden_sophie.2
}
-> DONE

= again
She is waiting for him to go on. The memories are already at the door. #id:garden_sophie.3
~ start_chapter("berlin")
-> DONE

= sit
He sits down beside her and pours what is left of the wine. The bench is still warm from the afternoon. #id:garden_sophie.4
For a while neither of them says anything. Up above, the stars twinkle, as if someone were breathing on them. #id:garden_sophie.5
I can never find anything up there except the Big Dipper. # speaker: sophie # mood: warm #id:garden_sophie.6
+ [Here we call it the Great Chariot. #id:garden_sophie.7]
    Here we call it the Great Chariot. Le Grand Chariot. # speaker: stephane #id:garden_sophie.8
    A chariot. That's much better than a dipper. # speaker: sophie # mood: amused #id:garden_sophie.9
    Follow the last two stars up, five times the distance. That's the Pole Star. It never moves. # speaker: stephane #id:garden_sophie.10
    ~ taught_pole_star = true
    She follows his finger. He can tell the moment she finds it. #id:garden_sophie.11
+ [Sailors used to steer by them. And others. #id:garden_sophie.12]
    ~ truth(1)
    Sailors used to steer by them. And other people who couldn't ask the way. # speaker: stephane #id:garden_sophie.13
    Other people? # speaker: sophie #id:garden_sophie.14
    People who were somewhere they weren't supposed to be. The stars don't check papers. # speaker: stephane #id:garden_sophie.15
    She turns that over, and puts it somewhere, and doesn't ask. #id:garden_sophie.16
+ [(Say nothing. Let her look.) #id:garden_sophie.17]
    He says nothing, and lets her look. #id:garden_sophie.18
    She finds Cassiopeia on her own, and laughs, pleased with herself, like a child. #id:garden_sophie.19
-
-> ask

= ask
Can I ask you something? Not for the article. Just for me. # speaker: sophie # mood: gentle #id:garden_sophie.20
{ said_berlin:
    You told me you don't talk about Berlin. All right. # speaker: sophie #id:garden_sophie.21
}
{ admitted_spy:
    You've told me what you were. Tell me one thing you did. Your most memorable mission. # speaker: sophie #id:garden_sophie.22
- else:
    { lies_caught >= 2:
        I know, I know. You were a diplomat. Humour me. What was your most memorable mission? # speaker: sophie # mood: amused #id:garden_sophie.23
    - else:
        What was your most memorable mission? # speaker: sophie #id:garden_sophie.24
    }
}
She says mission, not posting. She says it as if it were the most ordinary word in the world. #id:garden_sophie.25
Balode hesitates. He has been asked this before, by people with much less kind ways of asking. #id:garden_sophie.26
How much to reveal. How much of it is even his to give away, after all these years. #id:garden_sophie.27
{ trust >= 4:
    But her eyes are kind in the lantern light, and he finds that he has already decided. #id:garden_sophie.28
- else:
    { trust >= 2:
        Her eyes are kind. He wants very much to trust them. He isn't sure that wanting is enough. #id:garden_sophie.29
    - else:
        Her eyes are kind. He has known kind eyes before, and where some of them led. #id:garden_sophie.30
    }
}
+ [I was sent to Berlin, to gather intel on a Soviet spy ring. #id:garden_sophie.31]
    -> tell
+ [There was a city, once. A long winter. A window. #id:garden_sophie.32]
    -> half
+ [Memorable? The cheese quotas of 1979. #id:garden_sophie.33]
    ~ deflections = deflections + 1
    ~ jokes = jokes + 1
    Memorable? The cheese quotas of 1979. Nobody who was there will ever forget them. # speaker: stephane # mood: amused #id:garden_sophie.34
    She laughs softly, and shakes her head, and doesn't press him. #id:garden_sophie.35
    All right. # speaker: sophie # mood: gentle #id:garden_sophie.36
    -> silence
+ [(Look at the stars for a long time.) #id:garden_sophie.37]
    He looks up instead of answering. The stars are no help. #id:garden_sophie.38
    She doesn't fill the silence. Most people can't help themselves. She can. #id:garden_sophie.39
    Take your time. I'm not going anywhere tonight. # speaker: sophie # mood: gentle #id:garden_sophie.40
    -> silence

= half
~ trust = trust + 1
There was a city, once. A long winter. A window across a street, and a man behind it. # speaker: stephane #id:garden_sophie.41
Which city? # speaker: sophie # mood: quiet #id:garden_sophie.42
+ [Berlin. (Tell her the rest.) #id:garden_sophie.43]
    -> tell
+ [It doesn't matter which. #id:garden_sophie.44]
    It doesn't matter which. They all looked the same at three in the morning. # speaker: stephane # mood: guarded #id:garden_sophie.45
    She nods. She lets the city go unnamed. #id:garden_sophie.46
    But he named it to himself. And once it is named, it comes. #id:garden_sophie.47
    -> flood_silent

= silence
The crickets. A dog somewhere down in the valley. The lanterns ticking as they cool. #id:garden_sophie.48
{ knows_her_father:
    My father did that. Made a joke, or looked at the sky, and closed the door behind it. # speaker: sophie # mood: quiet #id:garden_sophie.49
    I used to think he was keeping the world out. Now I think he was keeping something in, so it wouldn't get on us. # speaker: sophie #id:garden_sophie.50
- else:
    You don't have to, you know. I'd rather have nothing than a story you've told a hundred times. # speaker: sophie # mood: quiet #id:garden_sophie.51
}
+ [I was sent to Berlin, to gather intel on a Soviet spy ring. #id:garden_sophie.52]
    -> tell
+ [(Keep the door closed.) #id:garden_sophie.53]
    ~ deflections = deflections + 1
    He keeps the door closed. It's what he's good at. It's what he was paid for. #id:garden_sophie.54
    I'm sorry. Some things I still can't... # speaker: stephane # mood: guarded #id:garden_sophie.55
    Don't be sorry. # speaker: sophie # mood: gentle #id:garden_sophie.56
    -> flood_silent

= tell
~ told_berlin = true
~ admitted_spy = true
~ truth(2)
~ trust = trust + 1
He hesitates one moment longer. Then, finally: #id:garden_sophie.57
I was sent to Berlin, to gather intel on a Soviet spy ring. # speaker: stephane # mood: quiet #id:garden_sophie.58
The words sit in the warm air between them. Thirty years he has carried them, and they weigh almost nothing, out loud. #id:garden_sophie.59
Sophie doesn't move. She doesn't reach for a notebook. She only listens. #id:garden_sophie.60
He starts with the rain. In Berlin, everything started with the rain. #id:garden_sophie.61
The window he watched for days on end. The numbers read out at night in a woman's flat voice. #id:garden_sophie.62
And the thing he has never said to anyone: how much he enjoyed it. God help him, how much. #id:garden_sophie.63
{ heard_numbers:
    Vier. Neun. Zwei. The radio in his kitchen this evening, or a flat in Berlin long ago. For a moment he can't tell which. #id:garden_sophie.64
}
~ garden_done = true
~ start_chapter("berlin")
-> DONE

= flood_silent
He says nothing more. But the memories don't wait to be invited. #id:garden_sophie.65
They come all the same: the rain, the window he watched for days on end, the numbers in the night. #id:garden_sophie.66
And the pleasure of it, which he has never told anyone he misses. #id:garden_sophie.67
{ heard_numbers:
    Vier. Neun. Zwei. The radio in his kitchen this evening, or a flat in Berlin long ago. For a moment he can't tell which. #id:garden_sophie.68
}
~ garden_done = true
~ start_chapter("berlin")
-> DONE

// ---------------------------------------------------------------------------------------------
// Small things in the night garden.
// ---------------------------------------------------------------------------------------------

=== garden_stars ===
{ ending:
    { stopping:
    - The same stars that hung over Berlin. He never once looked up, in Berlin. #id:garden_stars.1
    - The stars go on twinkling, as if nothing had happened. Nothing has, to them. #id:garden_stars.2
    }
    -> DONE
}
{ stopping:
- He looks up. So many stars here that the dark between them looks crowded. #id:garden_stars.3
- The Chariot, the Pole Star, Cassiopeia like a crooked W. His father taught him those, on a balcony in Lyon. #id:garden_stars.4
- A satellite crawls across the sky, patient and blinking. Somebody, somewhere, is still watching. Not him. Not anymore. #id:garden_stars.5
- The stars twinkle on. They keep their own counsel, and nobody calls it lying. #id:garden_stars.6
}
-> DONE

=== garden_lantern ===
{ stopping:
- A moth circles the lantern, closer and closer, out of some faith it couldn't explain. #id:garden_lantern.1
- The lantern glass is warm. The flame leans when the air moves, then stands up straight again. #id:garden_lantern.2
- He turns the wick down a little. Enough light to see a face by. No more. #id:garden_lantern.3
}
-> DONE

=== garden_vines_night ===
{ stopping:
- The vines at night are only shapes: rows of dark, and the pale gravel running between them. #id:garden_vines_night.1
- Somewhere out in the rows, something small goes about its business. A hedgehog, maybe. Or a fox. #id:garden_vines_night.2
- Ten days to the harvest. Twelve, if the weather holds. #id:garden_vines_night.3
}
-> DONE

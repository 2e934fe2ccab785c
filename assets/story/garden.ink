// Chapter 4 — Under the Stars. The garden at night: a bench, lanterns, the vines beyond.

=== garden_intro ===
{ garden_intro > 1:
    The garden, the lanterns, the crickets. Sophie on the bench, waiting.
    -> DONE
}
~ play_sound("crickets")
The garden at night. The day's heat is still rising out of the stones, and the air smells of thyme and cooling earth.
He lit the lanterns at dusk, from habit. He has never before lit them for anyone.
Above the cypresses, more stars than anyone in a city would believe.
Sophie has gone ahead to the bench.
{ noticed_shoes:
    She has kicked off those city shoes and tucked her feet up under her.
- else:
    She has her feet tucked up under her, her face turned up to the sky.
}
She looks, for a moment, like someone who has stopped running. He knows the look. He wore it for a year after he came here.
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
- She squeezes his hand. Nothing more needs saying tonight.
- She is still here. The stars are still there. That's all, and it's enough.
}
-> DONE

= again
She is waiting for him to go on. The memories are already at the door.
~ start_chapter("berlin")
-> DONE

= sit
He sits down beside her and pours what is left of the wine. The bench is still warm from the afternoon.
For a while neither of them says anything. Up above, the stars twinkle, as if someone were breathing on them.
I can never find anything up there except the Big Dipper. # speaker: sophie # mood: warm
+ [Here we call it the Great Chariot.]
    Here we call it the Great Chariot. Le Grand Chariot. # speaker: stephane
    A chariot. That's much better than a dipper. # speaker: sophie # mood: amused
    Follow the last two stars up, five times the distance. That's the Pole Star. It never moves. # speaker: stephane
    She follows his finger. He can tell the moment she finds it.
+ [Sailors used to steer by them. And others.]
    ~ truth(1)
    Sailors used to steer by them. And other people who couldn't ask the way. # speaker: stephane
    Other people? # speaker: sophie
    People who were somewhere they weren't supposed to be. The stars don't check papers. # speaker: stephane
    She turns that over, and puts it somewhere, and doesn't ask.
+ [(Say nothing. Let her look.)]
    He says nothing. Some things are better seen without a guide.
    She finds Cassiopeia on her own, and laughs, pleased with herself, like a child.
-
-> ask

= ask
Can I ask you something? Not for the article. Just for me. # speaker: sophie # mood: gentle
{ said_berlin:
    You told me you don't talk about Berlin. All right. # speaker: sophie
}
{ admitted_spy:
    You've told me what you were. Tell me one thing you did. Your most memorable mission. # speaker: sophie
- else:
    { lies_caught >= 2:
        I know, I know. You were a diplomat. Humour me. What was your most memorable mission? # speaker: sophie # mood: amused
    - else:
        What was your most memorable mission? # speaker: sophie
    }
}
She says mission, not posting. She says it as if it were the most ordinary word in the world.
Balode hesitates. He has been asked this before, by people with much less kind ways of asking.
How much to reveal. How much of it is even his to give away, after all these years.
{ trust >= 4:
    But something about her kind eyes, in the lantern light, makes him trust her. That's the plain truth of it.
- else:
    { trust >= 2:
        Her eyes are kind. He wants very much to trust them. He isn't sure that wanting is enough.
    - else:
        Her eyes are kind. He has known kind eyes before, and where some of them led.
    }
}
+ [I was sent to Berlin, to gather intel on a Soviet spy ring.]
    -> tell
+ [There was a city, once. A long winter. A window.]
    -> half
+ [Memorable? The cheese quotas of 1979.]
    ~ deflections = deflections + 1
    ~ jokes = jokes + 1
    Memorable? The cheese quotas of 1979. Nobody who was there will ever forget them. # speaker: stephane # mood: amused
    She laughs softly, and shakes her head, and doesn't press him.
    All right. # speaker: sophie # mood: gentle
    -> silence
+ [(Look at the stars for a long time.)]
    He looks up instead of answering. The stars are no help. They never were.
    She doesn't fill the silence. Most people can't help themselves. She can.
    Take your time. I'm not going anywhere tonight. # speaker: sophie # mood: gentle
    -> silence

= half
~ trust = trust + 1
There was a city, once. A long winter. A window across a street, and a man behind it. # speaker: stephane
Which city? # speaker: sophie # mood: quiet
+ [Berlin. (Tell her the rest.)]
    -> tell
+ [It doesn't matter which.]
    It doesn't matter which. They all looked the same at three in the morning. # speaker: stephane # mood: guarded
    She nods. She lets the city go unnamed.
    But he named it to himself. And once it is named, it comes.
    -> flood_silent

= silence
The crickets. A dog somewhere down in the valley. The lanterns ticking as they cool.
{ knows_her_father:
    My father did that. Made a joke, or looked at the sky, and closed the door behind it. # speaker: sophie # mood: quiet
    I used to think he was keeping the world out. Now I think he was keeping something in, so it wouldn't get on us. # speaker: sophie
- else:
    You don't have to, you know. I'd rather have nothing than a story you've told a hundred times. # speaker: sophie # mood: quiet
}
+ [I was sent to Berlin, to gather intel on a Soviet spy ring.]
    -> tell
+ [(Keep the door closed.)]
    ~ deflections = deflections + 1
    He keeps the door closed. It's what he's good at. It's what he was paid for.
    I'm sorry. Some things I still can't... # speaker: stephane # mood: guarded
    Don't be sorry. # speaker: sophie # mood: gentle
    -> flood_silent

= tell
~ told_berlin = true
~ admitted_spy = true
~ truth(2)
~ trust = trust + 1
He hesitates one moment longer. Then, finally:
I was sent to Berlin, to gather intel on a Soviet spy ring. # speaker: stephane # mood: quiet
The words sit in the warm air between them. Thirty years he has carried them, and they weigh almost nothing, out loud.
Sophie doesn't move. She doesn't reach for a notebook. She only listens.
As he speaks, the memories come flooding back.
The long hours of surveillance. The coded messages.
And the thrill of outsmarting his enemies. God help him, the thrill most of all.
{ heard_numbers:
    Vier. Neun. Zwei. The radio in his kitchen this evening, or a flat in Berlin long ago. For a moment he can't tell which.
}
~ garden_done = true
~ start_chapter("berlin")
-> DONE

= flood_silent
He says nothing more. But the memories don't wait to be invited.
They come flooding back all the same: the long hours of surveillance, the coded messages.
And the thrill of outsmarting his enemies, which he has never told anyone he misses.
{ heard_numbers:
    Vier. Neun. Zwei. The radio in his kitchen this evening, or a flat in Berlin long ago. For a moment he can't tell which.
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
    - The same stars that hung over Berlin. He never once looked up, in Berlin.
    - The stars go on twinkling, as if nothing had happened. Nothing has, to them.
    }
    -> DONE
}
{ stopping:
- He looks up. So many stars here that the dark between them looks crowded.
- The Chariot, the Pole Star, Cassiopeia like a crooked W. His father taught him those, on a balcony in Lyon.
- A satellite crawls across the sky, patient and blinking. Somebody, somewhere, is still watching. Not him. Not anymore.
- The stars twinkle on. They keep their own counsel, and nobody calls it lying.
}
-> DONE

=== garden_lantern ===
{ stopping:
- A moth circles the lantern, closer and closer, out of some faith it couldn't explain.
- The lantern glass is warm. The flame leans when the air moves, then stands up straight again.
- He turns the wick down a little. Enough light to see a face by. No more.
}
-> DONE

=== garden_vines_night ===
{ stopping:
- The vines at night are only shapes: rows of dark, and the pale gravel running between them.
- Somewhere out in the rows, something small goes about its business. A hedgehog, maybe. Or a fox.
- Ten days to the harvest. Twelve, if the weather holds.
}
-> DONE

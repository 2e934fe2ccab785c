// Chapter 6 — Peace. The star-lit garden, back on the bench.
// `ending` plays the common part (Sophie's insight), offers one last choice, then names the ending
// from the whole evening: the door and the dinner (open_dinner: more truths than lies from the
// door to the toast, and caught out at most once) and Berlin (told_berlin, in the garden or at last).
//   ending_peace   — an open dinner, and he told her Berlin
//   ending_dawn    — he told her Berlin, after a dinner of lies: they talk until the sun comes up
//   ending_ajar    — an open dinner, but Berlin stayed behind the door
//   ending_guarded — he kept his secrets all evening
// Berlin's results and what he said about them colour what he tells her; they do not change the route.

=== ending ===
{ ending_id != "":
    -> route
}
~ play_sound("crickets")
Berlin lets go of him slowly, the way a dream does, a little at a time. #id:ending.1
The bench. The lanterns. The crickets. The empty glass in his hand, and Sophie beside him. #id:ending.2
{ owes_vintage:
    -> vintage ->
}
{ told_berlin:
    -> listened
- else:
    -> waited
}

// "I'll tell you when the bottle's empty" (dinner): the bottle is empty.
= vintage
She tips the '89 towards the lantern. Not a drop. #id:ending.50
It's empty. You promised. To remember, or to be sure you still can? # speaker: sophie # mood: amused #id:ending.51
To be sure I still can. I wasn't, this morning. # speaker: stephane # mood: warm #id:ending.52
->->

= listened
He has told her. Not everything; nobody ever tells everything. But more than he has told anyone in thirty years. #id:ending.3
How long did you watch that window? # speaker: sophie #id:ending.5
Long enough to know when the man behind it bought new shoes. # speaker: stephane #id:ending.6
{ courier_identified:
    And the courier? You knew him at once? # speaker: sophie #id:ending.7
    By his walk, in the end. He had a way of stopping to tie a lace that was already tied. I'd know him today. # speaker: stephane #id:ending.8
- else:
    Did you find who you were looking for? # speaker: sophie #id:ending.9
    Not the way I wanted to. Not the way it happens in films. # speaker: stephane #id:ending.10
}
{ message_decoded:
    { decoded_text != "":
        There was a message. I still know it by heart. # speaker: stephane #id:ending.11
        He says it aloud, for the first time in thirty years: "{decoded_text}" #id:ending.12
    - else:
        There was a message. I broke it at four in the morning, at a kitchen table, with cold coffee. # speaker: stephane #id:ending.13
    }
- else:
    There were messages we never broke. I still dream about one of them. # speaker: stephane #id:ending.14
}
{ berlin_clean > 0:
    He was good at it. That is the hardest thing to say out loud, and he finds that he can say it. #id:ending.15
- else:
    He wasn't always good at it. He tells her that too. Nobody ever tells that part. #id:ending.16
}
{ admitted_fear:
    You said you were afraid, the whole time. I've interviewed a lot of brave men. You're the first one who said it. # speaker: sophie # mood: gentle #id:ending.53
}
{ told_courier:
    She doesn't ask about the girl in the red hood again. She turns her father's ring on her thumb instead, once, and he watches her decide not to. #id:ending.54
}
{ confessed_thrill:
    And you laughed, on the train. # speaker: sophie # mood: quiet #id:ending.55
    I can still hear it. # speaker: stephane #id:ending.56
}
{ vineyard_whispers_2:
    He tells her about the grey car too: his first winter here, a man from Paris who wouldn't stay for dinner and came only to say that they knew where he lived. #id:ending.57
    Nobody has come since. He has never stopped listening for the car. #id:ending.58
}
When he stops, she says nothing at first. She reaches over and takes his hand. #id:ending.17
-> insight

= waited
{ admitted_spy:
    At dinner he told her what he was. Of Berlin he has said nothing. It came and went behind his eyes, and he let it. #id:ending.59
- else:
    He has told her nothing. Not aloud. Berlin came and went behind his eyes, and he let it, and said not a word. #id:ending.18
}
Sophie waited the whole time, her glass in both hands, asking nothing. She didn't look away once. #id:ending.19
When he comes back to himself, she is still there, and she takes his hand. #id:ending.20
-> insight

= insight
She speaks so low that he has to lean in to hear. #id:ending.21
I think I know why you left the agency. # speaker: sophie # mood: gentle #id:ending.22
I've seen it before – the weight of secrets, the burden of lies. # speaker: sophie # mood: gentle #id:ending.23
You deserve to leave that behind. # speaker: sophie # mood: moved #id:ending.24
{ not admitted_spy:
    He has never said the word agency. Not once, all evening. #id:ending.25
}
He looks at her. Nobody has ever put it so plainly, and for once he has no answer ready. #id:ending.26
For a moment he sees himself as she must: a man on a bench, holding a young woman's hand, tired of carrying things. #id:ending.27
{ told_berlin:
    -> last_words_told
- else:
    -> last_words_untold
}

= last_words_told
+ [Thank you. For listening. #id:ending.28]
    ~ trust = trust + 1
    Thank you. For listening. Nobody ever listened before. They only took notes. # speaker: stephane # mood: moved #id:ending.29
    I took no notes. # speaker: sophie # mood: warm #id:ending.30
    I know. I was watching. # speaker: stephane # mood: amused #id:ending.31
+ [I don't know if I can leave it behind. #id:ending.32]
    ~ truth(1)
    I don't know if I can leave it behind. I've carried it so long I walk crooked without it. # speaker: stephane #id:ending.33
    Then put it down a little at a time. Nobody says it has to be tonight. # speaker: sophie # mood: gentle #id:ending.34
+ [(Hold her hand. Say nothing.) #id:ending.35]
    He holds her hand. He says nothing. For once, it isn't a way of hiding. #id:ending.36
-
-> decide

= last_words_untold
+ [(Tell her. All of it, this time.) #id:ending.37]
    ~ late_truth = true
    ~ told_berlin = true
    ~ admitted_spy = true
    ~ truth(2)
    He looks at their two hands. Then up at the stars. Then at her. #id:ending.38
    I was sent to Berlin, to gather intel on a Soviet spy ring. # speaker: stephane # mood: quiet #id:ending.39
    She doesn't let go of his hand. He tells her the rest, slowly, the way you walk on a floor you don't trust. #id:ending.40
+ [You have a good imagination, Sophie. #id:ending.41]
    ~ lie()
    You have a good imagination, Sophie. # speaker: stephane # mood: guarded #id:ending.42
    I do. And you have a very good face for lying. Almost good enough. # speaker: sophie # mood: gentle #id:ending.43
    She doesn't let go of his hand. That is somehow worse, and somehow better. #id:ending.44
+ [(Hold her hand. Say nothing.) #id:ending.45]
    He holds her hand. He says nothing. It is the closest he can come, tonight. #id:ending.46
-
-> decide

= decide
// The ending is named here; the game then lets them trace the stars together and plays
// ending_<id> (the last lines and the epilogue) under the sky.
{
- told_berlin and open_dinner:
    ~ ending_id = "peace"
- told_berlin:
    ~ ending_id = "dawn"
- open_dinner:
    ~ ending_id = "ajar"
- else:
    ~ ending_id = "guarded"
}
-> DONE

// When the ending is played again: a short coda of the one already chosen.
= route
{
- ending_id == "peace":
    Sophie beside him, her hand in his, and the night going on and on above them. #id:ending.47
- ending_id == "dawn":
    The stars are going out one by one over the hills. He is still talking. She is still listening. #id:ending.48
- ending_id == "ajar":
    Her number on the back of his hand, the lane dark all the way down, and Berlin still behind its door. #id:ending.60
- else:
    The card in his hand, the stars overhead, and the lane empty all the way down to the village. #id:ending.49
}
-> END

// ---------------------------------------------------------------------------------------------

=== ending_peace ===
~ ending_id = "peace"
They talk on into the dark, story for story, and the garden hears more laughter than it has in twenty years. #id:ending_peace.1
{ late_truth:
    Berlin first, since it came so late: the rain, the window, the numbers, the girl in the red hood. She lets him tell it in whatever order it comes. #id:ending_peace.14
}
She tells him about Ohio, where nobody has secrets, only basements. About her father's wrong presents, every one of which she kept. #id:ending_peace.2
He tells her about the vines, and old Fabre, and the knot that holds a cane through any wind. #id:ending_peace.3
{ found_passport:
    And about Henri Vasseur, who took his coffee black and never slept past five. #id:ending_peace.4
}
{ stars_traced >= 2:
    Before the lanterns gutter she names the stars back to him, one by one, and gets only the Swan wrong. #id:ending_peace.15
}
At some point the bottle is empty. Neither of them gets up to fetch another. Neither of them minds. #id:ending_peace.5
His ghosts are still out there, at the edge of the lantern light, where they have always stood. #id:ending_peace.6
But she is here, beside him, and tonight he thinks he may have found some peace at last. #id:ending_peace.7
The days after. # mood: epilogue #id:ending_peace.8
She stayed for the harvest. She was hopeless with the secateurs and tireless with the crates. #id:ending_peace.9
{ found_passport:
    On the first cold night in November, he burned Henri Vasseur's passport in the kitchen stove. He felt nothing but warm. #id:ending_peace.10
}
Her article came out in the spring. It named no one. It was about a man who grew wine, and a woman who had lost her father, and the weight of secrets. #id:ending_peace.11
Marcel read it twice at the café, and told everyone he had known all along. #id:ending_peace.12
Every September after that, a car came up the lane at dusk. He set a second plate before it knocked. #id:ending_peace.13
-> END

=== ending_dawn ===
~ ending_id = "dawn"
They talk into the dark, and then on through it. #id:ending_dawn.1
{ late_truth:
    He tells her Berlin, all of it, from the beginning: the rain, the window, the numbers. It doesn't come out in the right order. She doesn't mind the order. #id:ending_dawn.2
- else:
    He takes back the evening's stories one by one, like borrowed coats. #id:ending_dawn.3
}
{
- told_cheese:
    About the cheese quotas. There were no cheese quotas. # speaker: stephane # mood: amused #id:ending_dawn.4
    She laughs until she has to put her glass down in the grass. #id:ending_dawn.5
- told_parrot:
    About the parrot... # speaker: stephane #id:ending_dawn.6
    Don't. I want the parrot to be true. # speaker: sophie # mood: amused #id:ending_dawn.7
- lies_told >= 1:
    Some of what I told you tonight wasn't true. # speaker: stephane #id:ending_dawn.8
    I know. I was there. # speaker: sophie # mood: gentle #id:ending_dawn.9
}
{ told_grandfather:
    And there was no grandfather. I bought the land from old Fabre, in 1991, for less than it was worth. # speaker: stephane # mood: wry #id:ending_dawn.22
    I know that too. Marcel told me on my way up. He told me the price. # speaker: sophie # mood: amused #id:ending_dawn.23
}
{ lies_caught >= 2:
    For a professional, you're a terrible liar. Has anyone ever told you? # speaker: sophie # mood: amused #id:ending_dawn.10
    Nobody else ever noticed. I'm still trying to work out why you did. # speaker: stephane #id:ending_dawn.11
}
The truth takes longer to tell than the lies did. They have time. #id:ending_dawn.12
~ set_flag("dawn")  // the sky over the bench begins to lighten
The sky goes grey, then pale over the hills, and a blackbird starts up before either of them has noticed the stars are gone. #id:ending_dawn.13
The ghosts of his past are still there in the grey light. This time he doesn't pretend that they aren't. #id:ending_dawn.14
It isn't peace, not yet. But it is the road to it, and for the first time in years he can see where it goes. #id:ending_dawn.15
The days after. # mood: epilogue #id:ending_dawn.16
She left on the morning bus, with four hours' sleep and a bag of his tomatoes. #id:ending_dawn.17
She didn't write the article. She wrote to him instead: a letter, a month later, that ended with three words. Tell me more. #id:ending_dawn.18
He wrote back. It was the first letter in thirty years that he signed with his own name. #id:ending_dawn.19
It took eleven letters to tell her the rest. By the tenth, she had started asking about the vines. #id:ending_dawn.20
The twelfth came from her, from Berlin: a postcard of the Brandenburg Gate, standing open in the sunshine. On the back, two words. Your turn. #id:ending_dawn.21
He bought the train ticket that afternoon. He had not been back in thirty years. #id:ending_dawn.24
-> END

// An honest dinner, a closed garden: she had the truth about him, not about Berlin.
=== ending_ajar ===
~ ending_id = "ajar"
They sit on under the stars while the lanterns burn down, and talk about everything but Berlin. #id:ending_ajar.1
She tells him about Ohio, and her father's wrong presents, every one of which she kept. He tells her about the vines, and old Fabre, and the knot that holds a cane through any wind. #id:ending_ajar.2
{ showed_passport:
    Once more she asks about Henri Vasseur, lightly, and lets it go when he only smiles. #id:ending_ajar.3
}
You told me the truth tonight. All of it you could. That's more than my father ever managed. # speaker: sophie # mood: gentle #id:ending_ajar.4
Berlin is still in there. I can wait. I had a lot of practice, waiting for him. # speaker: sophie # mood: wry #id:ending_ajar.5
{ stars_traced >= 2:
    Before she goes, she names the stars back to him, one by one, and gets only the Swan wrong. #id:ending_ajar.6
}
A little after one she finds her shoes in the grass. He walks her down the lane himself, with a torch, the long way round by the well. #id:ending_ajar.7
At the bottom of the lane, for want of paper, she writes a telephone number on the back of his hand. #id:ending_ajar.8
The days after. # mood: epilogue #id:ending_ajar.9
He didn't wash his hand until he had copied the number three times. #id:ending_ajar.10
She rang on Sunday, and on the Sunday after. They talked about the harvest, and books, and her father, and never about the one thing. #id:ending_ajar.11
In October a parcel came from Paris: a bottle of American wine, dreadful, and a note. For your cellar. Open it when you're ready to tell me. #id:ending_ajar.12
It stands on old Fabre's rack beside the '89. Some evenings he takes it down, reads the label, and very nearly picks up the telephone. #id:ending_ajar.13
-> END

=== ending_guarded ===
~ ending_id = "guarded"
They talk on into the dark all the same. #id:ending_guarded.1
About Ohio, and her father's wrong presents, and the wine, and which stars are which. They laugh more than he expected to. #id:ending_guarded.2
About everything, in the end, but the one thing. #id:ending_guarded.3
{ admitted_spy:
    She knows what he was. She will never know what he did. He has decided that, and she lets him. #id:ending_guarded.4
}
A little after one, she finds her shoes in the grass and calls the taxi from the village. #id:ending_guarded.5
While they wait, she takes a card from her bag and sets it on the bench between them. #id:ending_guarded.6
In case you ever want to tell it to someone. It doesn't have to be me. # speaker: sophie # mood: gentle #id:ending_guarded.7
Headlights come up the lane between the vines. She kisses him on both cheeks, the French way, which she does badly, and goes. #id:ending_guarded.8
He sits on under the stars, with the card in his hand and the empty bottle at his feet. #id:ending_guarded.9
The ghosts of his past linger. They sit with him as they always have, politely, like guests who will not be the first to leave. #id:ending_guarded.10
But it was a good evening. He had forgotten what one was like. #id:ending_guarded.11
It is a kind of peace. Not the kind she meant. But a kind. #id:ending_guarded.12
The days after. # mood: epilogue #id:ending_guarded.13
{
- found_passport and passport_in_pocket:
    The card went into the crate under the cellar stairs, beside Henri Vasseur, back from his evening in a shirt pocket. #id:ending_guarded.14
- found_passport:
    The card went into the crate under the cellar stairs, beside Henri Vasseur. #id:ending_guarded.15
- else:
    The card went into the crate under the cellar stairs. #id:ending_guarded.16
}
Some nights he took it out, turned it over in his fingers, and put it back. #id:ending_guarded.17
Her article came out in the spring. He was in it as a retired diplomat with good wine and a good laugh. It was true, as far as it went. #id:ending_guarded.18
{ told_grandfather:
    The land, it said, had been in his family for generations. Marcel read that part aloud at the café, twice, to general delight. #id:ending_guarded.20
}
He never called. But he never threw the card away, either. #id:ending_guarded.19
-> END

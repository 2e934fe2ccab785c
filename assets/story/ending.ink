// Chapter 6 — Peace. The star-lit garden, back on the bench.
// `ending` plays the common part (Sophie's insight), offers one last choice, then names the ending:
//   ending_peace   — he told her Berlin in the garden, she caught him at most once,
//                    trust >= 3 and honesty >= 1
//   ending_dawn    — he told her, but late (only at the very end) or after a night of lies
//   ending_guarded — he kept his secrets
// Berlin results (courier_identified, message_decoded, decoded_text, berlin_clean) colour
// what he tells her; they do not change the route.

=== ending ===
{ ending_id != "":
    -> route
}
~ play_sound("crickets")
Berlin lets go of him slowly, the way a dream does, a little at a time.
The bench. The lanterns. The crickets. The empty glass in his hand, and Sophie beside him.
{ told_berlin:
    -> listened
- else:
    -> waited
}

= listened
He has told her. Not everything; nobody ever tells everything. But more than he has told anyone in thirty years.
Sophie has listened with rapt attention the whole time, asking questions and making small, thoughtful noises.
How long did you watch that window? # speaker: sophie
Long enough to know when the man behind it bought new shoes. # speaker: stephane
{ courier_identified:
    And the courier? Did you find him? # speaker: sophie
    By his walk, in the end. He had a way of stopping to tie a lace that was already tied. I'd know him today. # speaker: stephane
- else:
    Did you find who you were looking for? # speaker: sophie
    Not the way I wanted to. Not the way it happens in films. # speaker: stephane
}
{ message_decoded:
    { decoded_text != "":
        There was a message. I still know it by heart. # speaker: stephane
        He says it aloud, for the first time in thirty years: "{decoded_text}"
    - else:
        There was a message. I broke it at four in the morning, at a kitchen table, with cold coffee. # speaker: stephane
    }
- else:
    There were messages we never broke. I still dream about one of them. # speaker: stephane
}
{ berlin_clean > 0:
    He was good at it. That is the hardest thing to say out loud, and he finds that he can say it.
- else:
    He wasn't always good at it. He tells her that too. Nobody ever tells that part.
}
When he finishes, she smiles, and takes his hand in hers.
-> insight

= waited
He has told her nothing. Not aloud. Berlin came and went behind his eyes, and he let it, and said not a word.
Sophie waited the whole time, her glass in both hands, asking nothing. She didn't look away once.
When he comes back to himself, she smiles, and takes his hand in hers.
-> insight

= insight
Her voice is barely above a whisper.
I think I know why you left the agency. # speaker: sophie # mood: gentle
I've seen it before – the weight of secrets, the burden of lies. # speaker: sophie # mood: gentle
You deserve to leave that behind. # speaker: sophie # mood: moved
{ not admitted_spy:
    He has never said the word agency. Not once, all evening.
}
Stéphane looks at Sophie, surprised by her insight.
For a moment, he feels as if he is seeing himself through new eyes: a man on a bench, holding a young woman's hand, tired of carrying things.
{ told_berlin:
    -> last_words_told
- else:
    -> last_words_untold
}

= last_words_told
+ [Thank you. For listening.]
    ~ trust = trust + 1
    Thank you. For listening. Nobody ever listened before. They only took notes. # speaker: stephane # mood: moved
    I took no notes. # speaker: sophie # mood: warm
    I know. I was watching. # speaker: stephane # mood: amused
+ [I don't know if I can leave it behind.]
    ~ truth(1)
    I don't know if I can leave it behind. I've carried it so long I walk crooked without it. # speaker: stephane
    Then put it down a little at a time. Nobody says it has to be tonight. # speaker: sophie # mood: gentle
+ [(Hold her hand. Say nothing.)]
    He holds her hand. He says nothing. For once, it isn't a way of hiding.
-
-> decide

= last_words_untold
+ [(Tell her. All of it, this time.)]
    ~ late_truth = true
    ~ told_berlin = true
    ~ admitted_spy = true
    ~ truth(2)
    He looks at their two hands. Then up at the stars. Then at her.
    I was sent to Berlin, to gather intel on a Soviet spy ring. # speaker: stephane # mood: quiet
    She doesn't let go of his hand. He tells her the rest, slowly, the way you walk on a floor you don't trust.
+ [You have a good imagination, Sophie.]
    ~ lie()
    You have a good imagination, Sophie. # speaker: stephane # mood: guarded
    I do. And you have a very good face for lying. Almost good enough. # speaker: sophie # mood: gentle
    She doesn't let go of his hand. That is somehow worse, and somehow better.
+ [(Hold her hand. Say nothing.)]
    He holds her hand. He says nothing. It is the closest he can come, tonight.
-
-> decide

= decide
// The ending is named here; the game then lets them trace the stars together and plays
// ending_<id> (the last lines and the epilogue) under the sky.
{
- told_berlin and not late_truth and lies_caught <= 1 and trust >= 3 and honesty >= 1:
    ~ ending_id = "peace"
- told_berlin:
    ~ ending_id = "dawn"
- else:
    ~ ending_id = "guarded"
}
-> DONE

// When the ending is played again: a short coda of the one already chosen.
= route
{
- ending_id == "peace":
    Sophie beside him, her hand in his, and the night going on and on above them.
- ending_id == "dawn":
    The stars are going out one by one over the hills. He is still talking. She is still listening.
- else:
    The card in his hand, the stars overhead, and the lane empty all the way down to the village.
}
-> END

// ---------------------------------------------------------------------------------------------

=== ending_peace ===
~ ending_id = "peace"
As the night wears on, they talk long into the darkness, sharing stories and laughter beneath the stars.
She tells him about Ohio, where nobody has secrets, only basements. About her father's wrong presents, every one of which she kept.
He tells her about the vines, and old Fabre, and the knot that holds a cane through any wind.
{ found_passport:
    And about Henri Vasseur, who took his coffee black and never slept past five.
}
At some point the bottle is empty. Neither of them gets up to fetch another. Neither of them minds.
The ghosts of his past still linger, out at the edge of the lantern light, where they have always stood.
But Stéphane knows now that with Sophie by his side, he can finally find some peace.
The days after. # mood: epilogue
She stayed for the harvest. She was hopeless with the secateurs and tireless with the crates.
{ found_passport:
    On the first cold night in November, he burned Henri Vasseur's passport in the kitchen stove. He felt nothing but warm.
}
Her article came out in the spring. It named no one. It was about a man who grew wine, and a woman who had lost her father, and the weight of secrets.
Marcel read it twice at the café, and told everyone he had known all along.
Every September after that, a car came up the lane at dusk. He set a second plate before it knocked.
-> END

=== ending_dawn ===
~ ending_id = "dawn"
As the night wears on, they talk long into the darkness, and then on through it.
{ late_truth:
    He tells her Berlin, all of it, from the beginning: the rain, the window, the numbers. It doesn't come out in the right order. She doesn't mind the order.
- else:
    He takes back the evening's stories one by one, like borrowed coats.
}
{
- told_cheese:
    About the cheese quotas. There were no cheese quotas. # speaker: stephane # mood: amused
    She laughs until she has to put her glass down in the grass.
- told_parrot:
    About the parrot... # speaker: stephane
    Don't. I want the parrot to be true. # speaker: sophie # mood: amused
- lies_told >= 1:
    Some of what I told you at dinner wasn't true. # speaker: stephane
    I know. I was there. # speaker: sophie # mood: gentle
}
{ lies_caught >= 2:
    For a professional, you're a terrible liar. Has anyone ever told you? # speaker: sophie # mood: amused
    Nobody else ever noticed. I'm still trying to work out why you did. # speaker: stephane
}
Truth is slower than lies. It needs more words, and it doesn't flatter anyone. They have time.
~ set_flag("dawn")  // the sky over the bench begins to lighten
The sky goes grey, then pale over the hills, and a blackbird starts up before either of them has noticed the stars are gone.
The ghosts of his past still linger. This time he doesn't pretend that they don't.
It isn't peace, not yet. But it is the road to it, and for the first time in years he can see where it goes.
The days after. # mood: epilogue
She left on the morning bus, with four hours' sleep and a bag of his tomatoes.
She didn't write the article. She wrote to him instead: a letter, a month later, that ended with three words. Tell me more.
He wrote back. It was the first letter in thirty years that he signed with his own name.
It took eleven letters to tell her the rest. By the tenth, she had started asking about the vines.
The next September she came for the harvest, and stayed until the last crate was in.
-> END

=== ending_guarded ===
~ ending_id = "guarded"
As the night wears on, they talk long into the darkness all the same.
About Ohio, and her father's wrong presents, and the wine, and which stars are which. They laugh more than he expected to.
About everything, in the end, but the one thing.
{ admitted_spy:
    She knows what he was. She will never know what he did. He has decided that, and she lets him.
}
A little after one, she finds her shoes in the grass and calls the taxi from the village.
While they wait, she takes a card from her bag and sets it on the bench between them.
In case you ever want to tell it to someone. It doesn't have to be me. # speaker: sophie # mood: gentle
Headlights come up the lane between the vines. She kisses him on both cheeks, the French way, which she does badly, and goes.
He sits on under the stars, with the card in his hand and the empty bottle at his feet.
The ghosts of his past linger. They sit with him as they always have, politely, like guests who will not be the first to leave.
But it was a good evening. He had forgotten what one was like.
It is a kind of peace. Not the kind she meant. But a kind.
The days after. # mood: epilogue
The card went into the crate under the cellar stairs{found_passport:, beside Henri Vasseur{passport_in_pocket:, back from his evening in a shirt pocket}}.
Some nights he took it out, turned it over in his fingers, and put it back.
Her article came out in the spring. He was in it as a retired diplomat with good wine and a good laugh. It was true, as far as it went.
He never called. But he never threw the card away, either.
-> END

// Chapter 5 — Berlin, 1983. The playable flashback: he tells it on the bench, and plays it.
// The game plays `berlin_intro` as the chapter starts; he walks the street in the rain until he
// goes up to his room (`berlin_his_door`, the door on maps/berlin_street.tmx), which starts the
// stakeout. After each surveillance game the game sets its results in Ink (courier_identified,
// message_decoded, decoded_text, cipher_message, berlin_tail_won, berlin_drop_won, berlin_clean)
// and plays `berlin_after_<game>`: the memory goes on from the result, then cuts back to the
// bench for a few lines that depend on whether he is telling it to Sophie (told_berlin) or
// living it in silence beside her, then starts the next game.

=== berlin_intro ===
~ play_sound("rain_traffic")
The memory of Berlin comes the way the rain came there: all at once, and from every side. #id:berlin_intro.1
Kreuzberg, November 1983. A rented room across the street from a café, and a window he watched until he knew every face behind it. #id:berlin_intro.2
In Berlin his name was Henri Vasseur: cultural attaché, diplomatic passport, a good overcoat and a better memory for faces. #id:berlin_intro.5
He was thirty-five, and very good at it, and he thought it would never end. #id:berlin_intro.3
Somewhere in the house opposite, a courier of the ring picked up his messages. Nobody knew which of the tenants he was. #id:berlin_intro.4
{ told_berlin:
    On the bench, Sophie has turned to face him, one arm along the back of it. #id:berlin_intro.6
    Henri Vasseur. The passport's name. That was you, there? # speaker: sophie # mood: quiet #id:berlin_intro.7
    For two winters. Henri had the good overcoat. I had the cold feet. # speaker: stephane # mood: wry #id:berlin_intro.8
    Where did you live? # speaker: sophie # mood: curious #id:berlin_intro.9
    Across the street from the man I was watching. Closer than most neighbours. # speaker: stephane #id:berlin_intro.10
- else:
    Beside him on the bench, Sophie waits. He is somewhere she cannot follow, and she seems to know it. #id:berlin_intro.11
}
The street is his to walk, for now: the café, the kiosk, the stairs down to the U-Bahn. His own door is behind him, when he is ready. #id:berlin_intro.12
-> DONE

// His door on the street: up to the window, and the stakeout begins.
=== berlin_his_door ===
{ berlin_his_door > 1:
    His room. He has watched enough from that window for one lifetime. #id:berlin_his_door.1
    -> DONE
}
Three flights up, a kettle, a chair pulled close to the window, and the lamp left off. #id:berlin_his_door.2
He hangs the wet coat on the door, sits down, and begins the part of the job that nobody films: the waiting. #id:berlin_his_door.3
~ start_minigame("stakeout")
-> DONE

=== berlin_after_stakeout ===
{ courier_identified:
    That man. The newspaper that went in folded and never came out. Twice, at the same minute past the hour. #id:berlin_after_stakeout.1
    He wrote the two times in the margin of his notebook, and sent them to Lemaire at the Quartier Napoléon before the ink was dry. #id:berlin_after_stakeout.2
- else:
    The faces blurred together. He sent a guess to Lemaire at the Quartier Napoléon and hated himself for it. #id:berlin_after_stakeout.3
}
{ told_berlin:
    -> told ->
- else:
    On the bench, without a word, Sophie pours what is left in the bottle into his glass. He doesn't see her do it. #id:berlin_after_stakeout.18
}
That night the radio gave its numbers again: five-figure groups, in a woman's flat voice. #id:berlin_after_stakeout.4
~ start_minigame("cipher")
-> DONE

// told to Sophie: she asks, he answers or doesn't
= told
On the bench, Sophie has drawn her knees up under her chin. #id:berlin_after_stakeout.5
You watched one door for a week? From a chair? # speaker: sophie # mood: curious #id:berlin_after_stakeout.6
+ [Nine days. I was never bored, not once. #id:berlin_after_stakeout.7]
    Nine days. I was never bored, not once. Every coat that went in was a question. # speaker: stephane # mood: warm #id:berlin_after_stakeout.8
    You liked it. # speaker: sophie # mood: amused #id:berlin_after_stakeout.9
    I was good at it. That isn't the same thing. It felt the same, at the time. # speaker: stephane #id:berlin_after_stakeout.10
+ [(Admit he was afraid.) #id:berlin_after_stakeout.11]
    ~ admitted_fear = true
    ~ truth(1)
    I was afraid the whole time. Of missing him. Of being seen watching. Of the stairs at night. # speaker: stephane # mood: quiet #id:berlin_after_stakeout.12
    She doesn't say anything. She only moves closer, so that their shoulders touch. #id:berlin_after_stakeout.13
    Nobody ever says that part. # speaker: sophie # mood: gentle #id:berlin_after_stakeout.14
+ [It was the job. #id:berlin_after_stakeout.15]
    It was the job. You sit, you watch, you write down the minute. # speaker: stephane # mood: guarded #id:berlin_after_stakeout.16
    She nods, and waits, and he goes on anyway. #id:berlin_after_stakeout.17
-
->->

=== berlin_after_cipher ===
{ message_decoded:
    The groups gave up their words one by one, in German, and the words made an order. #id:berlin_after_cipher.1
    "{decoded_text}" #id:berlin_after_cipher.2
    -> translation ->
    Tomorrow, then. He would follow the courier to whoever gave the orders. #id:berlin_after_cipher.3
- else:
    { decoded_text != "":
        The groups would not give up their words. What he read made no sense: "{decoded_text}" #id:berlin_after_cipher.4
    - else:
        The groups would not give up their words. #id:berlin_after_cipher.5
    }
    There was nothing left but to follow the man and see where he went. #id:berlin_after_cipher.6
}
{ told_berlin:
    You still remember it? The actual message? # speaker: sophie # mood: curious #id:berlin_after_cipher.13
    { message_decoded:
        Word for word. I read it forty times that night, in case it changed its mind. # speaker: stephane # mood: wry #id:berlin_after_cipher.14
    - else:
        I remember the groups. Thirty years, and I still can't make them say anything. # speaker: stephane # mood: wry #id:berlin_after_cipher.15
    }
    Say some of it in German. I want to hear how it sounded. # speaker: sophie # mood: curious #id:berlin_after_cipher.16
    He reads her a few groups from memory, in the flat voice of the woman on the radio. For a moment the garden smells of wet coats and coal smoke. #id:berlin_after_cipher.17
- else:
    Sophie has moved the lantern along the bench, so that the light is no longer in his eyes. He doesn't notice that either. #id:berlin_after_cipher.18
}
~ start_minigame("tail")
-> DONE

// His own words under the German, in pencil: one line for each of the courier's orders
// ([minigames.cipher.messages] in assets/strings/en.toml, by their names).
= translation
{ cipher_message:
- "tuesday":
    Under the groups he pencilled his own words: drop on Tuesday, the churchyard, the loose stone in the low wall east of the chapel. #id:berlin_after_cipher.7
- "film":
    Under the groups he pencilled his own words: film for the churchyard, under the loose stone in the wall east of the chapel. #id:berlin_after_cipher.8
- "orders":
    Under the groups he pencilled his own words: new orders in the churchyard wall east of the chapel; the loose stone; watch for the warden. #id:berlin_after_cipher.9
- "five":
    Under the groups he pencilled his own words: the churchyard at five, the loose stone in the wall by the chapel, out by the south gate. #id:berlin_after_cipher.10
- "meeting":
    Under the groups he pencilled his own words: meet the chief on the bench in the square; then the loose stone at the churchyard. #id:berlin_after_cipher.11
- "lamp":
    Under the groups he pencilled his own words: the bench under the dead lamp, twelve seconds; then the loose stone at the churchyard. #id:berlin_after_cipher.12
}
->->

=== berlin_after_tail ===
{ minigame_won("tail"):
    The courier met his handler on a bench in the square, under the dead lamp. Twelve seconds, a newspaper changing hands. #id:berlin_after_tail.1
    Now he knew the handler's face. #id:berlin_after_tail.2
    Afterwards the courier didn't go home. He went to a school gate in Neukölln and waited in the rain, until a small girl in a red hood ran out and took his hand. #id:berlin_after_tail.5
- else:
    He lost the courier in the crowd at the U-Bahn. #id:berlin_after_tail.3
    But not before he had stood close enough, on the platform, to see a child's drawing sticking out of the man's coat pocket: a house, a sun, a tram. #id:berlin_after_tail.6
}
By the next evening the courier had a name: Jürgen Nowak, twenty-six, a tram mechanic from the East with a pass to work in the West. #id:berlin_after_tail.7
He had a face, and a little girl, and Henri Vasseur had a report to write. #id:berlin_after_tail.8
* [(Put the girl in the report.) #id:berlin_after_tail.9]
    ~ reported_girl = true
    He put the girl in. A man with a daughter can be pressed; that is what reports are for. He wrote it well. #id:berlin_after_tail.10
* [(Leave the girl out of it.) #id:berlin_after_tail.11]
    He wrote: subject went home. It was the only lie he ever told Lemaire, and the only one he never regretted. #id:berlin_after_tail.12
-
{
- message_decoded:
    The message had already told him where the ring would leave its mail. #id:berlin_after_tail.13
- minigame_won("tail"):
    From the bench, the handler walked to a churchyard and stood a long minute by the wall east of the chapel, like a man at a grave. #id:berlin_after_tail.14
- else:
    He had nothing: no words, no handler. Three more nights at the window, until the courier went out at dusk with flowers and nobody to give them to. Flowers go to churchyards. #id:berlin_after_tail.15
}
{ told_berlin:
    -> told ->
- else:
    On the bench, Sophie has taken off her cardigan and laid it over his knees. The night has turned cool. He hasn't felt it. #id:berlin_after_tail.27
}
One last thing to do before dawn: the churchyard, the loose stone in the wall, and the guards the ring kept there. #id:berlin_after_tail.4
~ start_minigame("deaddrop")
-> DONE

// told to Sophie: she asks, he answers or doesn't
= told
On the bench, Sophie is turning her father's ring on her thumb, around and around. #id:berlin_after_tail.16
The courier. Did he have a name? # speaker: sophie # mood: quiet #id:berlin_after_tail.17
+ [Jürgen. He had a little girl. #id:berlin_after_tail.18]
    ~ told_courier = true
    ~ truth(1)
    Jürgen. He fixed trams. He had a little girl in a red hood. # speaker: stephane # mood: quiet #id:berlin_after_tail.19
    Did she ever find out what her father did? # speaker: sophie #id:berlin_after_tail.20
    He sees her hear her own question, too late to take it back. #id:berlin_after_tail.21
    I don't know. I made very sure never to find out. # speaker: stephane #id:berlin_after_tail.22
+ [They all had names. I don't remember them. #id:berlin_after_tail.23]
    ~ lie()
    They all had names. I don't remember them. # speaker: stephane # mood: guarded #id:berlin_after_tail.24
    Yes, you do. # speaker: sophie # mood: gentle #id:berlin_after_tail.25
    She says it without any edge at all, and lets it go. #id:berlin_after_tail.26
-
->->

=== berlin_after_deaddrop ===
{ minigame_won("deaddrop"):
    He swapped their envelope for his, and walked out through the south gate as the bells rang six. #id:berlin_after_deaddrop.1
    The first U-Bahn west was empty but for him and a cleaner asleep on her mop. Somewhere under Kottbusser Tor he started to laugh, out loud, alone, and couldn't stop. #id:berlin_after_deaddrop.6
    He had beaten them: the whole clever ring, with a pencil and a window and patience. He was never so happy again, and some part of him knew it even then. #id:berlin_after_deaddrop.7
    Three weeks later the ring was in a cell. Nobody ever learned who had read their mail. #id:berlin_after_deaddrop.2
- else:
    A guard's torch found him by the wall. He got away over the graves, but the stone was never used again. #id:berlin_after_deaddrop.3
    Even so, on the empty U-Bahn home, soaked to the knees, he laughed aloud once, at nothing, at how close he had come. #id:berlin_after_deaddrop.8
    The ring moved on. So, eventually, did he. #id:berlin_after_deaddrop.4
}
{ minigame_won("deaddrop"):
    Jürgen Nowak got nine years. #id:berlin_after_deaddrop.9
    { reported_girl:
        The girl was in the report, and they used her, in the long interviews. It worked. It always works. #id:berlin_after_deaddrop.10
    - else:
        The girl was not in the report. It made no difference to the nine years. #id:berlin_after_deaddrop.11
    }
- else:
    Jürgen Nowak went back East one night and never came through the checkpoint again. Nobody at the Quartier Napoléon asked what became of him. Henri Vasseur did, for years. #id:berlin_after_deaddrop.12
}
Henri Vasseur was thanked in a letter he was not allowed to keep. #id:berlin_after_deaddrop.13
{ told_berlin:
    -> told ->
- else:
    Sophie has not moved. Her glass is full again; his too. He doesn't remember her filling them. #id:berlin_after_deaddrop.23
}
The rain stops. The memory loosens its grip, slowly, like a hand letting go. #id:berlin_after_deaddrop.5
~ start_chapter("ending")
-> DONE

// whether a minigame was won (the game keeps each result in the Ink variable below)

// told to Sophie: she asks, he answers or doesn't
= told
You laughed. # speaker: sophie # mood: quiet #id:berlin_after_deaddrop.14
It isn't a question. She has been watching his face, the whole time, the way he once watched a window. #id:berlin_after_deaddrop.15
+ [I'd never been happier. That's the part I can't forgive. #id:berlin_after_deaddrop.16]
    ~ confessed_thrill = true
    ~ truth(1)
    I had never been happier. A man got nine years, and I laughed all the way to Kottbusser Tor. That's the part I can't forgive. # speaker: stephane # mood: quiet #id:berlin_after_deaddrop.17
    You were thirty-five, and you'd won. # speaker: sophie # mood: gentle #id:berlin_after_deaddrop.18
    I was. And I had. # speaker: stephane #id:berlin_after_deaddrop.19
+ [(Say nothing about the laugh.) #id:berlin_after_deaddrop.20]
    He says nothing about the laugh. He can still hear it, though, over the crickets. #id:berlin_after_deaddrop.21
    She doesn't ask again. She has heard it too, in the way he stopped. #id:berlin_after_deaddrop.22
-
->->

=== function minigame_won(game) ===
{ game:
- "tail": ~ return berlin_tail_won
- "deaddrop": ~ return berlin_drop_won
}
~ return false

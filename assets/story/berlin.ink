// Chapter 5 — Berlin, 1983. The playable flashback: four surveillance games with the memory
// told between them. The game plays `berlin_intro` as the chapter starts, runs the minigame
// each knot asks for with start_minigame(), sets the results in Ink (courier_identified,
// message_decoded, decoded_text, berlin_clean) and then plays `berlin_after_<game>`.

=== berlin_intro ===
~ play_sound("rain_traffic")
The memory of Berlin comes the way the rain came there: all at once, and from every side. #id:berlin_intro.1
Kreuzberg, November 1983. A rented room across the street from a café, and a window he watched until he knew every face behind it. #id:berlin_intro.2
He was thirty-five, and very good at it, and he thought it would never end. #id:berlin_intro.3
Somewhere in the house opposite, a courier of the ring picked up his messages. Nobody knew which of the tenants he was. #id:berlin_intro.4
~ start_minigame("stakeout")
-> DONE

=== berlin_after_stakeout ===
{ courier_identified:
    That man. The newspaper that went in folded and never came out. Twice, at the same minute past the hour. #id:berlin_after_stakeout.1
    He wrote the two times in the margin of his notebook. A spy is a man who notices the minute. #id:berlin_after_stakeout.2
- else:
    The faces blurred together. He sent a guess to the embassy and hated himself for it. #id:berlin_after_stakeout.3
}
That night the radio gave its numbers again: five-figure groups, in a woman's flat voice. #id:berlin_after_stakeout.4
~ start_minigame("cipher")
-> DONE

=== berlin_after_cipher ===
{ message_decoded:
    The groups gave up their words one by one, and the words made an order. #id:berlin_after_cipher.1
    "{decoded_text}" #id:berlin_after_cipher.2
    Tomorrow, then. He would follow the courier to whoever gave the orders. #id:berlin_after_cipher.3
- else:
    { decoded_text != "":
        The groups would not give up their words. What he read made no sense: "{decoded_text}" #id:berlin_after_cipher.4
    - else:
        The groups would not give up their words. #id:berlin_after_cipher.5
    }
    There was nothing left but to follow the man and see where he went. #id:berlin_after_cipher.6
}
~ start_minigame("tail")
-> DONE

=== berlin_after_tail ===
{ minigame_won("tail"):
    The courier met his handler on a bench in the square, under the dead lamp. Twelve seconds, a newspaper changing hands. #id:berlin_after_tail.1
    Now he knew the handler's face. Now he knew where the drop was. #id:berlin_after_tail.2
- else:
    He lost the courier in the crowd at the U-Bahn. It didn't matter much, in the end: the message had already told him where to look. #id:berlin_after_tail.3
}
One last thing to do before dawn: the churchyard, the loose stone in the wall, and the guards the ring kept there. #id:berlin_after_tail.4
~ start_minigame("deaddrop")
-> DONE

=== berlin_after_deaddrop ===
{ minigame_won("deaddrop"):
    He swapped their envelope for his, and walked out through the gate as the bells rang six. #id:berlin_after_deaddrop.1
    Three weeks later, the whole ring was in a cell. Nobody ever learned who had read their mail. #id:berlin_after_deaddrop.2
- else:
    A guard's torch found him by the wall. He got away over the graves, but the stone was never used again. #id:berlin_after_deaddrop.3
    The ring moved on. So, eventually, did he. #id:berlin_after_deaddrop.4
}
The rain stops. The memory loosens its grip, slowly, like a hand letting go. #id:berlin_after_deaddrop.5
~ start_chapter("ending")
-> DONE

// whether a minigame was won (the game keeps each result in the Ink variable below)
=== function minigame_won(game) ===
{ game:
- "tail": ~ return berlin_tail_won
- "deaddrop": ~ return berlin_drop_won
}
~ return false

// kept for old saves that stopped at the placeholder: it now leads into the flashback
=== berlin_placeholder ===
-> berlin_intro

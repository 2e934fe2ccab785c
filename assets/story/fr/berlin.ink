// Chapitre 5 — Berlin, 1983. Le flash-back jouable : quatre jeux de surveillance, et le souvenir
// raconté entre eux. Voir ../berlin.ink pour le fonctionnement.

=== berlin_intro ===
~ play_sound("rain_traffic")
Le souvenir de Berlin vient comme y venait la pluie : d’un seul coup, et de tous les côtés.
Kreuzberg, novembre 1983. Une chambre louée en face d’un café, et une fenêtre qu’il a surveillée jusqu’à connaître chaque visage derrière.
Il avait trente-cinq ans, il était très doué, et il croyait que cela ne finirait jamais.
Quelque part dans l’immeuble d’en face, un messager du réseau relevait ses messages. Personne ne savait lequel des locataires c’était.
~ start_minigame("stakeout")
-> DONE

=== berlin_after_stakeout ===
{ courier_identified:
    Cet homme-là. Le journal qui entrait plié et ne ressortait jamais. Deux fois, à la même minute après l’heure.
    Il nota les deux heures dans la marge de son carnet. Un espion, c’est un homme qui remarque la minute.
- else:
    Les visages se brouillèrent. Il envoya une supposition à l’ambassade, et s’en voulut.
}
Cette nuit-là, la radio redonna ses chiffres : des groupes de cinq, dits par une voix de femme sans couleur.
~ start_minigame("cipher")
-> DONE

=== berlin_after_cipher ===
{ message_decoded:
    Les groupes rendirent leurs mots un à un, et les mots firent un ordre.
    « {decoded_text} »
    Demain, donc. Il suivrait le messager jusqu’à celui qui donnait les ordres.
- else:
    { decoded_text != "":
        Les groupes refusèrent de rendre leurs mots. Ce qu’il lut n’avait aucun sens : « {decoded_text} »
    - else:
        Les groupes refusèrent de rendre leurs mots.
    }
    Il ne restait qu’à suivre l’homme et à voir où il allait.
}
~ start_minigame("tail")
-> DONE

=== berlin_after_tail ===
{ minigame_won("tail"):
    Le messager retrouva son officier traitant sur un banc de la place, sous le réverbère éteint. Douze secondes, un journal qui change de mains.
    Maintenant, il connaissait le visage de l’officier. Maintenant, il savait où était la boîte.
- else:
    Il perdit le messager dans la foule du métro. Cela ne changeait plus grand-chose : le message lui avait déjà dit où regarder.
}
Une dernière chose avant l’aube : le cimetière, la pierre descellée dans le mur, et les gardes que le réseau y postait.
~ start_minigame("deaddrop")
-> DONE

=== berlin_after_deaddrop ===
{ minigame_won("deaddrop"):
    Il échangea leur enveloppe contre la sienne, et sortit par la grille quand six heures sonnèrent.
    Trois semaines plus tard, tout le réseau était en cellule. Personne ne sut jamais qui avait lu leur courrier.
- else:
    La lampe d’un garde le trouva contre le mur. Il s’enfuit entre les tombes, mais la pierre ne servit plus jamais.
    Le réseau changea d’endroit. Lui aussi, avec le temps.
}
La pluie cesse. Le souvenir desserre sa prise, lentement, comme une main qui lâche.
~ start_chapter("ending")
-> DONE

// si un jeu a été gagné (le jeu garde chaque résultat dans la variable Ink ci-dessous)
=== function minigame_won(game) ===
{ game:
- "tail": ~ return berlin_tail_won
- "deaddrop": ~ return berlin_drop_won
}
~ return false

// gardé pour les anciennes sauvegardes arrêtées au texte d’attente : il mène maintenant au flash-back
=== berlin_placeholder ===
-> berlin_intro

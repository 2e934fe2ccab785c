// Chapitre 2 — La Visiteuse. Crépuscule. Le mas : la cuisine, la salle à manger, la porte d’entrée.

=== visitor_intro ===
{ visitor_intro > 1:
    La cuisine au crépuscule. Du pain, du fromage, des tomates, une bouteille. Comme tous les soirs.
    -> DONE
}
Dedans, le mas garde la chaleur du jour dans ses murs, comme un souffle retenu.
La cuisine sent le pain du matin et le thym qui sèche près de la fenêtre.
Ici, le dîner est simple, toujours le même, et il ne l’échangerait contre aucune table de Paris.
Du pain. Du fromage. Des tomates. Une bouteille. Puis la table, et la longue soirée, et les grillons.
-> DONE

// ---------------------------------------------------------------------------------------------
// Rassembler le dîner. Chaque chose ne compte qu’une fois.
// ---------------------------------------------------------------------------------------------

=== visitor_bread ===
{ visitor_bread > 1:
    { stopping:
    - Le pain est déjà sur la table, enveloppé dans son torchon.
    - Il a le pain. Une miche suffit largement à un homme seul.
    }
    -> DONE
}
~ dinner_items = dinner_items + 1
~ give_item("bread")
La miche du matin, de la boulangerie du village, la croûte durcie et la mie encore tendre.
Il la rompra plutôt que de la couper. Une habitude venue d’un pays plus froid, où il n’y avait jamais de bon couteau dans l’appartement.
-> DONE

=== visitor_cheese ===
{ visitor_cheese > 1:
    { stopping:
    - Le fromage attend sur sa planche.
    - Il a le fromage. Il résiste à la croûte jusqu’au dîner. À peu près.
    }
    -> DONE
}
~ dinner_items = dinner_items + 1
~ give_item("cheese")
Un banon du marché, enveloppé de feuilles de châtaignier brunes et noué de raphia comme un petit cadeau.
Il le dénoue. Crémeux, piquant, d’une odeur un peu indécente. Exactement comme il faut.
-> DONE

=== visitor_tomatoes ===
{ visitor_tomatoes > 1:
    { stopping:
    - Les tomates sont tranchées et salées. On ne peut rien faire de plus pour elles.
    - Il a les tomates.
    }
    -> DONE
}
~ dinner_items = dinner_items + 1
~ give_item("tomatoes")
{ picked_tomatoes:
    Les tomates cueillies cet après-midi. Il les coupe en tranches épaisses, et elles saignent sur la planche.
    Du sel, un filet d’huile d’olive. Elles sentent encore le mur et le soleil.
- else:
    Des tomates de la coupe, près de la fenêtre, un jour après leur meilleur moment, et d’autant plus sucrées.
    Il les coupe épais. Du sel, un filet d’huile d’olive. Rien d’autre. Les bonnes choses n’ont besoin de personne.
}
-> DONE

=== visitor_bottle ===
{ visitor_bottle > 1:
    { stopping:
    - La bouteille est ouverte, elle respire. Lui aussi.
    - Il a le vin. Il a toujours eu le vin.
    }
    -> DONE
}
~ dinner_items = dinner_items + 1
~ give_item("wine")
{ bottle_vintage == "1989":
    Le 89 remonté de la cave attend sur le plan de travail, là où il l’a laissé, la poussière encore au creux des épaules.
    Il tire le bouchon lentement. Les vieux bouchons cassent, si on les brusque. Les vieux hommes aussi.
- else:
    Une bouteille de son rouge, prise dans le casier près de la cuisinière.
    { tasted_wine:
        Le même vin que celui qu’il a goûté à la cave cet après-midi. Il fera mieux que l’affaire.
    - else:
        Celui de l’an dernier. Riche, encore un peu rugueux, comme un jeune homme qui croit savoir des choses.
    }
}
~ play_sound("cork")
Le bouchon sort avec un bruit doux. Il laisse la bouteille ouverte sur le plan de travail, pour qu’elle respire.
-> DONE

// ---------------------------------------------------------------------------------------------
// La table, et les coups à la porte.
// ---------------------------------------------------------------------------------------------

=== visitor_table ===
{ visitor_front_door.welcome:
    { stopping:
    - Deux assiettes, à présent. Il y a longtemps que cette table n’en avait pas demandé deux.
    - La table est mise. La bougie se consume.
    }
    -> DONE
}
{ heard_knock:
    La table est mise pour un. Quelqu’un attend toujours à la porte.
    -> DONE
}
{ dinner_items < 4:
    { dinner_items == 0:
        Une table vide. D’abord, de quoi la garnir.
    - else:
        Pas encore. Il manque toujours {missing_items()}.
    }
    -> DONE
}
Il met la table comme toujours. Une assiette. Un verre. Un couteau, dont il ne se servira pas pour le pain.
Le pain, le fromage, les tomates, la bouteille ouverte. Une bougie, parce que cela ne coûte rien et que la soirée le mérite.
Il tire sa chaise.
~ heard_knock = true
~ play_sound("knock")
Trois coups à la porte d’entrée.
Ici, personne ne frappe. Les voisins appellent depuis le chemin, et le facteur laisse ce qu’il apporte sur le muret.
Il reste un instant immobile, comme on le lui a appris, à l’affût d’une voiture, d’une deuxième voix, de n’importe quoi.
Rien. Seulement les grillons, et quelqu’un, qui que ce soit, qui attend sur le seuil.
Il va à la porte.
-> DONE

// Ce qui manque encore sur la table, en liste pour une phrase.
=== function missing_items() ===
~ temp items = ""
~ temp n = 0
~ temp left = 4 - dinner_items
{ not visitor_bread:
    ~ n = n + 1
    ~ items = items + join(n, left) + "le pain"
}
{ not visitor_cheese:
    ~ n = n + 1
    ~ items = items + join(n, left) + "le fromage"
}
{ not visitor_tomatoes:
    ~ n = n + 1
    ~ items = items + join(n, left) + "les tomates"
}
{ not visitor_bottle:
    ~ n = n + 1
    ~ items = items + join(n, left) + "une bouteille"
}
~ return items

// ---------------------------------------------------------------------------------------------
// La porte d’entrée : personne, puis Sophie.
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
- La porte d’entrée. Fermée à clé, alors qu’ici personne ne ferme à clé. On n’attend personne. On n’attend plus personne depuis des années.
- Par la petite fenêtre, le chemin est vide jusqu’en bas, jusqu’au village.
- Il vérifie le verrou. Toujours tiré. Il l’est toujours.
}
-> DONE

= inside
{ stopping:
- Elle est entrée, maintenant. La porte peut rester fermée.
- Derrière la vitre, le chemin est noir. Si quelqu’un d’autre doit venir un jour, ce ne sera pas ce soir.
}
-> DONE

= sophie
~ play_sound("door")
Il ouvre la porte.
Une jeune femme se tient sur le seuil, les dernières lueurs du jour dans le dos, un sac de toile à l’épaule.
Monsieur Balode ? Pardonnez-moi de venir si tard. Et sans avoir téléphoné. # speaker: sophie # mood: warm
Avant qu’il ait dit un mot, quelque chose en lui, à la retraite depuis vingt ans, se lève et se remet au travail.
-> look

= look
* [(Ses chaussures.)]
    ~ noticed_shoes = true
    Ses chaussures. Des chaussures de ville, à semelle fine, blanches jusqu’à la cheville de la poussière du chemin.
    Elle est donc montée à pied depuis le village. Deux kilomètres, en demandant son chemin.
    -> looked
* [(Le carnet qu’elle tient.)]
    ~ noticed_notebook = true
    Un carnet serré contre sa poitrine, l’élastique encore autour. Un crayon glissé dans la reliure.
    Un crayon, pas un stylo. Le crayon ne coule pas sous la pluie. Quelqu’un le lui a appris, ou elle l’a appris à ses dépens.
    -> looked
* [(Ses mains.)]
    ~ noticed_hands = true
    Ses mains. De l’encre sur la tranche de la droite. Aucune bague aux doigts.
    Mais au pouce gauche, une chevalière d’homme, bien trop grande, tournée de façon à cacher les armoiries.
    -> looked
+ [(Ses yeux.)]
    -> eyes

= looked
{ noticed_count() >= 3:
    Elle le laisse regarder. Puis, avec un début de sourire :
    Est-ce que j’ai réussi l’inspection ? # speaker: sophie # mood: amused
    -> eyes
}
-> look

= eyes
{ noticed_count() == 0:
    Il ne regarde ni ses chaussures, ni ses mains, ni ce qu’elle porte. Il regarde ses yeux.
- else:
    Et puis, en dernier, ses yeux.
}
Gris, curieux, sans crainte d’être regardés. Elle l’observe aussi ouvertement qu’il l’observe.
Elle ne fait pas semblant du contraire. Dans son ancienne vie, personne ne l’a jamais regardé sans feindre quelque chose.
Tout son instinct lui dit de se méfier. Mais quelque chose dans ce regard le met à l’aise, et il ne saurait dire quoi.
Je m’appelle Sophie. Sophie Hale. Je suis journaliste. Américaine, comme vous l’entendez sans doute. # speaker: sophie
Je prépare un article sur les anciens espions en France. Les hommes revenus du froid, et qui ont planté quelque chose. # speaker: sophie
Elle le dit simplement, comme on dirait qu’on s’est perdu, et elle attend.
* [Des espions ? Vous vous trompez de vallée.]
    ~ deflections = deflections + 1
    Des espions ? Je crains que vous ne vous soyez trompée de vallée, mademoiselle. # speaker: stephane # mood: guarded
    Peut-être. Mais c’est une belle vallée pour se tromper. # speaker: sophie # mood: warm
* [Qui vous a donné mon nom ?]
    ~ asked_source = true
    Qui vous a donné mon nom ? # speaker: stephane # mood: wary
    Un vieux monsieur, dans des archives à Paris. Il l’a prononcé, et puis il a fait comme s’il ne l’avait pas dit. # speaker: sophie
    C’est comme ça que j’ai su que le voyage en valait la peine. # speaker: sophie # mood: amused
    Lemaire, donc. Ou Duquesne. De toute façon, un vieil homme qui aurait dû savoir se taire.
* [(Rire.)]
    ~ jokes = jokes + 1
    Il rit, d’un bon rire chaleureux, de ceux qui referment un sujet.
    Un espion. Moi. Je fais pousser du raisin, mademoiselle. # speaker: stephane # mood: amused
    C’est un très bon rire. Vous l’avez répété ? # speaker: sophie # mood: amused
    Autrefois, oui. Devant le miroir d’un hôtel, à Vienne.
* {warned_of_sophie} [Vous êtes l’Américaine du café.]
    ~ trust = trust + 1
    Vous êtes l’Américaine du café. # speaker: stephane
    Les nouvelles vont vite. # speaker: sophie # mood: amused
    Ici, c’est bien la seule chose qui aille vite. # speaker: stephane # mood: warm
-
Je ne veux pas vous prendre toute votre soirée. Je peux revenir demain, si vous préférez. # speaker: sophie
Son regard glisse derrière lui, vers la cuisine éclairée, la table, la bouteille. Quelque chose comme de la faim passe sur son visage.
* [Restez. Il y en a assez pour deux.]
    ~ invited_her = true
    ~ trust = trust + 1
    Restez. Il y en a assez pour deux. Il y en a toujours assez pour deux. # speaker: stephane # mood: warm
    Ce n’est pas vrai. Il n’y a jamais personne pour l’autre moitié. Mais ce soir, c’est vrai, et cela suffit.
    Merci. Vraiment. # speaker: sophie # mood: moved
* [Il est tard, mademoiselle.]
    Il est tard, mademoiselle. # speaker: stephane # mood: guarded
    C’est vrai. # speaker: sophie
    Et j’ai monté deux kilomètres de côte avec les mauvaises chaussures, et vous avez ouvert une bouteille que je sens d’ici. # speaker: sophie # mood: amused
    Un verre. Si je pose une mauvaise question, vous me mettez dehors. Je partirai sans histoires. Promis. # speaker: sophie
    Elle s’est invitée avec tant de gentillesse que refuser serait une impolitesse dont il n’a plus la force.
    Un verre. # speaker: stephane
* [Si le carnet reste fermé.]
    ~ notebook_closed = true
    ~ trust = trust + 1
    Vous pouvez rester dîner. À une condition : le carnet reste fermé. # speaker: stephane
    Elle regarde le carnet, puis lui. Puis elle le range dans son sac et referme la sangle.
    Deal. Pardon : marché conclu. De toute façon, je me souviens de tout. # speaker: sophie # mood: amused
    C’est précisément ce qu’il craint.
-
-> welcome

= welcome
Il s’efface. Elle franchit le seuil, et la maison, qui n’a abrité qu’une seule personne en vingt ans, lui fait de la place.
Il sort une deuxième assiette.
~ start_chapter("dinner")
-> DONE

// ---------------------------------------------------------------------------------------------
// La radio sur le buffet (facultatif).
// ---------------------------------------------------------------------------------------------

=== visitor_radio ===
{ visitor_radio > 1:
    { stopping:
    - Il tourne le bouton une fois, lentement, d’un bout à l’autre. De la musique, la météo, un homme qui vend des voitures. Rien d’autre. Rien.
    - Demain : ciel dégagé, chaud, léger vent du nord. Il éteint.
    - Il laisse la radio tranquille.
    }
    -> DONE
}
Un vieux poste à lampes sur le buffet, gros comme une huche à pain, plus ancien que l’installation électrique de la maison.
* [(L’allumer.)]
    Il chauffe lentement, en bourdonnant, et France Musique arrive : un piano, quelque chose de Satie, patient et un peu triste.
    * * [(Rester sur la musique.)]
        Il laisse. Le piano redescend les mêmes quelques notes, encore et encore, sans jamais paraître s’en lasser.
    * * [(Tourner le bouton.)]
        ~ heard_numbers = true
        Il tourne le bouton. Des parasites, un match de foot, des parasites.
        Et puis, entre deux stations, une voix de femme, neutre et nette, qui lit des chiffres en allemand.
        Vier. Neun. Zwei. Sieben… # mood: hushed
        Sa main s’arrête. Le temps de retrouver la fréquence, la voix a disparu. Rien que des parasites.
        Sans doute rien. Une pièce radiophonique, un écho renvoyé par les collines. Sans doute rien.
        Il éteint le poste, et reste un moment la main posée dessus.
* [(Le laisser éteint.)]
    Il le laisse éteint. Dehors, les grillons jouent, et ils n’ont jamais rien eu à lui dire en code.
-
-> DONE

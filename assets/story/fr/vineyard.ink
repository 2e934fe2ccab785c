// Chapitre 1 — Les Vignes. Fin d’après-midi. Les vignes, le chemin, la cave.
// Narration au présent, au plus près de Stéphane.

=== vineyard_intro ===
{ vineyard_intro > 1:
    L’après-midi, de nouveau, et les vignes, et la lumière qui tourne lentement à l’or.
    -> DONE
}
~ play_sound("cicadas")
Fin d’après-midi en Provence. Les cigales chantent depuis midi et ne semblent pas près de se lasser.
La lumière s’allonge, dorée, en travers des rangs de vigne, et les pierres du mas rendent la chaleur du jour.
Stéphane Balode, qui fut autrefois bien d’autres hommes, se tient dans la cour devant le mas, les manches retroussées.
Vingt-deux ans de cette vie-là. Tailler, attacher, attendre. La vigne ne demande que de la patience, rien d’autre.
La patience, il s’y entend. C’était, après tout, l’essentiel de son ancien métier.
{ chores_done < 3:
    Avant le dîner, il reste quelques petites choses à faire. Le vieux cep. Un sarment détaché. Les tomates. L’eau du puits.
}
-> DONE

// ---------------------------------------------------------------------------------------------
// Les travaux. Chacun ne compte qu’une fois.
// ---------------------------------------------------------------------------------------------

=== vineyard_tend_vine ===
{ vineyard_tend_vine == 1:
    ~ chores_done = chores_done + 1
    Le plus vieux cep du domaine, planté avant la guerre par un homme dont le nom ne figure sur aucun des papiers qu’il a vus.
    Son tronc est tordu comme une corde qu’on aurait oublié de dérouler. Il donne pourtant, chaque septembre.
    Il ôte les feuilles jaunies et les entre-cœurs qui volent le soleil aux grappes.
    Voilà. Soixante ans, et toujours aux ordres. Il sait ce que c’est.
- else:
    { stopping:
    - Il passe le pouce sur l’écorce. Rien de plus à faire ici ; le cep connaît son métier.
    - Le vieux cep a eu aujourd’hui toute l’attention qu’il réclame.
    }
}
-> DONE

=== vineyard_tie_cane ===
{ vineyard_tie_cane == 1:
    ~ chores_done = chores_done + 1
    Un sarment a glissé de son fil sous le vent et pend dans l’allée, lourd de raisins verts.
    Il le remonte et l’attache d’un tour de raphia.
    Ses doigts font le nœud avant qu’il y ait pensé. Vif, plat, de ceux qu’aucune secousse ne défait.
    Pas un nœud de jardinier. Un homme le lui a appris, dans une pièce froide à Paris, pour attacher autre chose.
    Le sarment tient. Le nœud durera plus que la saison. Certaines leçons restent, qu’on le veuille ou non.
- else:
    { stopping:
    - Le sarment tient. Le nœud aussi.
    - Il vérifie le nœud quand même. Les vieilles habitudes.
    }
}
-> DONE

=== vineyard_taste_grape ===
{ vineyard_taste_grape == 1:
    ~ chores_done = chores_done + 1
    Il cueille un grain du côté ensoleillé d’une grappe et le roule entre ses doigts avant d’y goûter.
    Tiède. La peau épaisse, un peu de poussière. Le sucre d’abord, puis l’acidité, en dessous.
    Dix jours, douze peut-être. Si le temps tient.
    Autrefois, il lisait les gens de cette façon. Le premier goût, et puis ce qu’ils cachaient dessous.
- else:
    { stopping:
    - Encore un grain. Toujours dix jours, toujours douze. Ce n’est pas en les goûtant qu’on pressera les raisins.
    - Il laisse le reste à septembre et aux guêpes.
    }
}
-> DONE

=== vineyard_tomatoes ===
{ vineyard_tomatoes > 1:
    { picked_tomatoes:
        Le reste attendra demain. Il a ce qu’il lui faut pour ce soir.
    - else:
        { stopping:
        - Toujours rouges, toujours lourdes. Elles tiendront bien un jour de plus.
        - Les tomates ne se plaignent pas qu’on les délaisse. Ici, rien ne se plaint d’être délaissé.
        }
    }
    -> DONE
}
~ chores_done = chores_done + 1
Les tomates se sont faites lourdes et rouges contre le mur, où la pierre les garde au chaud la nuit.
Trop pour un seul homme. Il y en a toujours trop pour un seul homme.
* [(En cueillir quelques-unes pour le dîner.)]
    ~ picked_tomatoes = true
    Il cueille les trois plus mûres, celles dont le collet se fend un peu, et les emporte au creux du bras.
    Elles ont une odeur verte et vive, de tige et d’après-midi.
* [(Les laisser sur pied.)]
    Il les laisse où elles sont. Il y en a déjà à la cuisine. Que celles-ci aient un jour de soleil de plus.
-
-> DONE

=== vineyard_well ===
{ vineyard_well == 1:
    ~ chores_done = chores_done + 1
    Il descend le seau. La chaîne file entre ses mains, fraîche et rugueuse, et le puits répond tout au fond par un coup sourd.
    Le seau remonte plein à ras bord, d’une eau si froide qu’elle fait mal. Il arrose les jeunes plants au bout du rang, un à un.
    Un puits, c’est une chose honnête. On laisse descendre quelque chose dans le noir, et cela remonte exactement tel quel.
- else:
    { stopping:
    - Il boit dans le creux de ses mains. C’est froid, avec un goût de pierre.
    - Les jeunes plants ont eu leur eau. Le puits peut se reposer.
    }
}
-> DONE

// ---------------------------------------------------------------------------------------------
// Le banc : ce n’est pas un travail. Un moment.
// ---------------------------------------------------------------------------------------------

=== vineyard_bench ===
{ vineyard_bench > 1:
    { stopping:
    - Il reste assis encore un peu. L’ombre des cyprès a gagné le deuxième rang.
    - La lumière a presque quitté les collines. Le dîner, alors.
    }
    -> DONE
}
Il s’assoit sur le banc de pierre et laisse ses genoux se plaindre.
D’ici, il voit tout le coteau : les rangs qui descendent jusqu’au chemin, les oliviers, les cyprès comme des parapluies fermés.
Le soleil est assez bas, maintenant, pour changer chaque feuille en cuivre.
* [(Laisser venir le souvenir.)]
    Il ferme les yeux, et un instant le banc est un autre banc, dans une autre ville, où la lumière n’était jamais dorée.
    Un journal qu’il ne lisait pas. Une fenêtre, de l’autre côté de la rue, qu’il a guettée onze heures durant.
    Il rouvre les yeux. Les feuilles de cuivre sont toujours là. Lui aussi. C’est tout le miracle, chaque soir.
* [(Regarder la lumière quitter les collines.)]
    Il regarde la lumière remonter les collines, rang après rang, jusqu’à ce que seuls les sommets brûlent encore.
    Il ne pense à rien. Il lui a fallu des années pour apprendre. Il n’y est toujours pas très doué.
-
-> DONE

// ---------------------------------------------------------------------------------------------
// Les voisins du chemin : Marcel et Odette. Chaleureux, curieux, incorrigibles.
// ---------------------------------------------------------------------------------------------

=== vineyard_marcel ===
{ vineyard_marcel > 1:
    { stopping:
    - Encore dehors ? Va manger, Stéphane. Chaque été tu maigris un peu plus. # speaker: marcel # mood: warm
    - Marcel soulève sa casquette et reprend avec Odette sa dispute sur le prix du gazole.
    - Marcel glisse quelque chose à Odette derrière sa main. Il s’interrompt, tout sourire, quand Stéphane passe.
    }
    -> DONE
}
~ met_neighbours = true
Té, Stéphane ! Te voilà. On parlait justement du temps qu’il fait. # speaker: marcel # mood: sly
Bien sûr. Ils parlent du temps qu’il fait comme d’autres parlent de lui.
Dis-moi un peu. Vingt-deux ans que tu es là-haut, et je ne sais toujours pas ce que tu faisais à Paris. # speaker: marcel
Odette dit diplomate. Moi je dis qu’aucun diplomate n’est jamais rentré avec des mains comme les tiennes. # speaker: marcel # mood: amused
* [Le raisin sera prêt dans dix jours.]
    Le raisin sera prêt dans dix jours. Dis à Odette qu’il y aura un panier pour sa confiture. # speaker: stephane # mood: warm
    Le raisin. Avec toi, c’est toujours le raisin. # speaker: marcel # mood: amused
    Bon. Garde tes secrets. Mais moi, des paniers, j’en veux deux. # speaker: marcel
* [J’étais espion, Marcel. Je sais ce que tu as mangé ce matin.]
    J’étais espion, Marcel. Je sais exactement ce que tu as mangé ce matin. # speaker: stephane # mood: amused
    Marcel rit si fort qu’il doit se retenir au mur.
    Vas-y, alors. J’ai mangé quoi ? # speaker: marcel # mood: amused
    Des anchois. Tu les sens encore. # speaker: stephane
    Ha ! Odette, tu entends ça ? Un espion ! # speaker: marcel # mood: amused
    La vérité fait une excellente plaisanterie. Personne n’y croit jamais.
* [Mes collègues de ces années-là n’écrivent pas.]
    ~ said_too_much = true
    Les gens avec qui je travaillais, à l’époque, n’envoient pas de cartes postales, Marcel. # speaker: stephane # mood: guarded
    C’est sorti avant qu’il ait pesé ses mots. L’après-midi l’a rendu imprudent.
    Marcel se tait un moment. Puis il pose une main lourde sur l’épaule de Stéphane.
    Eh bé. Tes collègues, maintenant, c’est nous. Et nous non plus, on n’envoie pas de cartes postales. # speaker: marcel # mood: warm
    Il le racontera à Odette avant la soupe. Demain, tout le village le saura, revu et augmenté.
-
-> DONE

=== vineyard_odette ===
{ vineyard_odette > 1:
    { stopping:
    - Allez, va manger. Et ferme ta porte, avec tous ces étrangers qui traînent. # speaker: odette # mood: warm
    - Odette lui fait signe de passer, de tout le bras, comme elle fait aux tracteurs.
    - Bonne soirée, Stéphane. # speaker: odette
    }
    -> DONE
}
~ met_neighbours = true
Bonsoir, Stéphane. Ta lavande, c’est la plus belle de la vallée. Et tu le sais. # speaker: odette # mood: warm
Un jour, tu me le diras, ton secret. # speaker: odette
* [Arrose-la moins que tu ne crois.]
    Arrose-la moins que tu ne crois. Elle aime souffrir un peu. # speaker: stephane
    Tu dis ça de tout. # speaker: odette # mood: amused
* [Quel secret, Odette ?]
    Quel secret, Odette ? # speaker: stephane # mood: amused
    Ah. Parce qu’il y en a plusieurs ? # speaker: odette # mood: sly
    Le ton est léger. Le regard, beaucoup moins.
-
Elle se penche vers lui, comme chaque fois qu’elle a une nouvelle.
Il y avait une jeune femme au café, à midi. Une Américaine. # speaker: odette
Elle a demandé à Jeanne laquelle c’était, ta maison. # speaker: odette
~ warned_of_sophie = true
* [Et Jeanne lui a dit quoi ?]
    Et Jeanne lui a dit quoi ? # speaker: stephane # mood: wary
    La vérité. La maison en pierre après le puits, avec les volets bleus. Qu’est-ce que tu veux qu’elle dise d’autre ? # speaker: odette
    Quoi d’autre, en effet. # speaker: stephane
* [Les Américains aiment la lavande.]
    Les Américains adorent la lavande. Elle sera venue faire une photo. # speaker: stephane # mood: amused
    Avec un carnet ? Personne ne fait de photos avec un carnet. # speaker: odette
* [(Ne rien dire. Regarder vers le bas du chemin.)]
    Il regarde le chemin qui descend vers le village. Personne. La poussière n’a pas bougé depuis le camion du boulanger.
    Peuchère. Tu es parti quelque part. Ça t’arrive. # speaker: odette # mood: gentle
    Elle lui tapote le bras et le laisse revenir à son rythme.
-
-> DONE

// Entendu en remontant le chemin. Chacun augmente heard_whispers une fois.

=== vineyard_whispers_1 ===
{ vineyard_whispers_1 > 1:
    { stopping:
    - Les voix du chemin baissent à son approche, et remontent derrière lui.
    - Les cigales, et quelque part en contrebas, le rire d’Odette.
    }
    -> DONE
}
~ heard_whispers = heard_whispers + 1
Dans l’air immobile, les voix montent le long du chemin. Celle d’Odette d’abord.
… jamais diplomate, Marcel, je te dis. Les diplomates, ça a des photos. # speaker: odette # mood: hushed
{ said_too_much:
    … il l’a dit lui-même. Des collègues qui n’envoient pas de cartes postales. # speaker: marcel # mood: hushed
- else:
    … chut. Ça porte, par ici. # speaker: marcel # mood: hushed
}
Il ralentit le pas, par une vieille courtoisie, pour leur laisser le temps de changer de sujet.
-> DONE

=== vineyard_whispers_2 ===
{ vineyard_whispers_2 > 1:
    { stopping:
    - Marcel se racle bruyamment la gorge, un avertissement à Odette qui ne trompe personne.
    - Le chemin se tait. Il n’y a plus que les cigales.
    }
    -> DONE
}
~ heard_whispers = heard_whispers + 1
… vingt ans, et pas une visite. Dégun. Pas une lettre avec un timbre étranger. # speaker: marcel # mood: hushed
… si, une fois. Une voiture grise, le premier hiver. L’homme n’est pas resté dîner. # speaker: odette # mood: hushed
Il se souvient de la voiture grise. Il se souvient de ce que l’homme a dit, et de ce qu’il n’a pas dit.
Ils se taisent en le voyant. Odette lui fait signe. Marcel se découvre un intérêt passionné pour ses bottes.
-> DONE

// ---------------------------------------------------------------------------------------------
// La cave
// ---------------------------------------------------------------------------------------------

=== cellar_taste_wine ===
{ cellar_taste_wine > 1:
    { stopping:
    - Un verre, c’est une dégustation. Deux, c’est une soirée. Il rebouche la bouteille.
    - Il laisse la bouteille où elle est. Il y aura du vin au dîner.
    }
    -> DONE
}
~ tasted_wine = true
~ play_sound("cork")
Le bouchon cède avec un bruit doux, comme à regret. Il verse un doigt du rouge de l’an dernier dans le verre à dégustation.
~ play_sound("glass")
Il est presque noir dans le verre, et lent à redescendre le long des parois.
Riche, ample, charpenté. La cerise noire, la pierre chaude, l’odeur des collines après la première pluie.
Et dessous, une amertume qui prend son temps pour venir, comme la fin d’une phrase qu’on n’était pas sûr de devoir dire.
Il le garde longtemps en bouche avant d’avaler.
Il sera bon dans deux ans. Meilleur dans cinq. Il est redevenu un homme qui compte ainsi, en années.
-> DONE

=== cellar_rack ===
{ cellar_rack > 1:
    { bottle_vintage == "1989":
        Un vide dans le casier, à la place du 89. On dirait une dent qui manque.
    - else:
        { stopping:
        - Les vieilles bouteilles dorment dans leur poussière. Il les laisse dormir.
        - 1961, 1976, 1983, 1989. Nul besoin de lire la craie pour savoir où chacune repose.
        }
    }
    -> DONE
}
Le casier du mur du fond garde les bouteilles du vieux Fabre, celles qui sont venues avec la maison.
Fabre lui a vendu la terre et la cave ensemble, sans jamais demander ce qu’un homme de Paris voulait faire de l’une ou de l’autre.
Il suit du doigt les marques à la craie, et les années reviennent une à une, qu’il les appelle ou non.
1961. Il avait treize ans. Son père écoutait la radio d’Alger, la porte fermée.
1976. L’été de la sécheresse. Son premier poste, son premier faux nom, et il se trouvait très malin.
1983. Cette étiquette-là, il ne la lit pas. Il sait ce qui est écrit dessus.
1989. Novembre. Il a regardé tomber le Mur sur la télévision d’un hôtel, le son coupé, et il a commandé un deuxième whisky.
Son premier millésime à lui attend au bout du rang. Maigre comme une promesse. Il en boit une bouteille par an, pour rester humble.
* [(Monter le 89 pour ce soir.)]
    ~ bottle_vintage = "1989"
    Il tire le 89 de son berceau et en essuie les épaules d’un revers de manche.
    Pourquoi celle-ci, ce soir ? Il ne saurait le dire. Certaines années, on les boit pour se souvenir. D’autres, pour s’assurer qu’on le peut encore.
* [(Les laisser dormir.)]
    Il les laisse où elles sont. Les vieilles années se gardent mieux dans le noir.
-
-> DONE

=== cellar_crate ===
{ cellar_crate > 1:
    { passport_in_pocket:
        La caisse ne contient plus que des papiers. Le passeport est dans la poche de sa chemise, plus léger qu’il ne devrait l’être.
    - else:
        { stopping:
        - Henri est toujours là-dedans, sous les papiers des impôts. Il le laisse dormir.
        - Une vieille caisse de vieux papiers. Rien qui mérite un second regard.
        }
    }
    -> DONE
}
Sous l’escalier, une caisse à vin marquée FABRE 1976, qui n’a plus contenu de vin depuis vingt ans.
Il voudrait retrouver la facture du tonnelier. Il soulève le couvercle.
Des papiers d’impôts. Un tire-bouchon cassé. Des lettres du Crédit Agricole.
Et dessous, enveloppé dans un carré de toile cirée, quelque chose qu’il n’avait pas tout à fait oublié.
~ found_passport = true
Un passeport. La couverture usée, molle aux coins, les lettres dorées ternies : PASSEPORT DIPLOMATIQUE.
À l’intérieur, la photo d’un homme plus jeune, avec son visage, et un nom qui n’a jamais été le sien. Henri Vasseur.
Henri buvait son café noir et ne dormait jamais après cinq heures. Henri avait une excellente mémoire des visages.
Il a été Henri pendant trois ans. Certains matins, c’est encore Henri qui se réveille.
* [(Le remballer et le remettre sous les papiers.)]
    Il rabat la toile cirée sur le visage d’Henri et le glisse à nouveau sous les papiers des impôts, à sa place.
    Le couvercle retombe. La caisse redevient une caisse.
* [(Le glisser dans la poche de sa chemise.)]
    ~ passport_in_pocket = true
    Il ne décide pas de le garder. C’est sa main qui décide, et le glisse dans la poche de sa chemise, sur son cœur.
    Il le remettra plus tard. C’est ce qu’il se dit.
-
-> DONE

// ---------------------------------------------------------------------------------------------
// La porte du mas : le passage au chapitre suivant.
// ---------------------------------------------------------------------------------------------

=== vineyard_mas_door ===
{ chores_done < 3:
    Pas encore. La vigne d’abord ; le dîner attendra.
    { chores_done == 0:
        Tout le travail de l’après-midi est encore devant lui.
    }
    Il lui reste à voir : {chores_left()}.
    -> DONE
}
Sur le seuil, il tape ses bottes pour en faire tomber la poussière, par habitude plus que par nécessité.
Les cigales se font rares. En bas, dans la vallée, une première fenêtre s’allume.
Il est temps de faire à dîner. Pour un seul, comme toujours.
~ start_chapter("visitor")
-> DONE

// Les travaux qui restent, en liste pour une phrase (« le vieux cep, le sarment détaché et l’eau du puits »).
=== function chores_left() ===
~ temp items = ""
~ temp n = 0
~ temp left = 5 - chores_done
{ not vineyard_tend_vine:
    ~ n = n + 1
    ~ items = items + join(n, left) + "le vieux cep"
}
{ not vineyard_tie_cane:
    ~ n = n + 1
    ~ items = items + join(n, left) + "le sarment détaché"
}
{ not vineyard_taste_grape:
    ~ n = n + 1
    ~ items = items + join(n, left) + "le raisin à goûter"
}
{ not vineyard_tomatoes:
    ~ n = n + 1
    ~ items = items + join(n, left) + "les tomates"
}
{ not vineyard_well:
    ~ n = n + 1
    ~ items = items + join(n, left) + "l’eau du puits"
}
~ return items

// séparateur avant le n-ième élément sur `count`
=== function join(n, count) ===
{
- n == 1:
    ~ return ""
- n == count:
    ~ return " et "
- else:
    ~ return ", "
}

// ---------------------------------------------------------------------------------------------
// Petites choses de la carte (facultatives : la lavande, la cagette près de la cave, le panneau,
// le chemin).
// ---------------------------------------------------------------------------------------------

=== vineyard_lavender ===
{ stopping:
- Il écrase un brin entre ses doigts. Lavande et pierre chaude : tout le Midi en une seule inspiration.
- Les abeilles ont la lavande pour elles seules. Il ne discute pas avec les abeilles.
- Toujours de la lavande. Toujours des abeilles.
}
-> DONE

=== vineyard_grape_crate ===
{ stopping:
- Les grappes de ce matin, empilées à l’ombre près de la porte de la cave. Il compte les cagettes. Puis, sans le vouloir, il les recompte.
- Onze cagettes. Toujours onze. Autrefois, il comptait les sorties de la même façon.
- Les cagettes peuvent attendre qu’on les descende à la cave.
}
-> DONE

=== vineyard_signpost ===
{ stopping:
- Le village, deux kilomètres. La peinture s’écaille sur la flèche. Il n’en a jamais eu besoin, pas une seule fois.
- Le panneau penche un peu plus chaque hiver. Lui aussi.
}
-> DONE

=== vineyard_lane ===
{ stopping:
- Le chemin descend entre les vignes jusqu’au village. D’ici, il voit venir n’importe qui de très loin. C’est pour cela qu’il a choisi la maison.
- Le chemin est vide. Il l’est presque toujours.
}
-> DONE

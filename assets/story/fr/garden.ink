// Chapitre 4 — Sous les étoiles. Le jardin la nuit : un banc, des lanternes, les vignes au-delà.

=== garden_intro ===
{ garden_intro > 1:
    Le jardin, les lanternes, les grillons. Sophie sur le banc, qui attend.
    -> DONE
}
~ play_sound("crickets")
Le jardin, la nuit. La chaleur du jour monte encore des pierres, et l’air sent le thym et la terre qui fraîchit.
Il a allumé les lanternes au crépuscule, par habitude. Jamais encore il ne les avait allumées pour quelqu’un.
Au-dessus des cyprès, plus d’étoiles qu’aucun habitant des villes n’en croirait possible.
Sophie l’a devancé jusqu’au banc.
{ noticed_shoes:
    Elle a envoyé promener ses chaussures de ville et replié ses jambes sous elle.
- else:
    Elle a replié ses jambes sous elle, le visage levé vers le ciel.
}
Elle a l’air, un instant, de quelqu’un qui a cessé de courir. Il connaît cet air-là. Il l’a porté toute une année, en arrivant ici.
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
- Elle lui serre la main. Il n’y a plus rien à dire, ce soir.
- Elle est toujours là. Les étoiles aussi. C’est tout, et c’est assez.
}
-> DONE

= again
Elle attend qu’il continue. Les souvenirs sont déjà à la porte.
~ start_chapter("berlin")
-> DONE

= sit
Il s’assoit près d’elle et verse ce qui reste de vin. Le banc est encore tiède de l’après-midi.
Un moment, ni l’un ni l’autre ne dit rien. Là-haut, les étoiles scintillent, comme si quelqu’un soufflait dessus.
Là-haut, je n’arrive jamais à trouver autre chose que le Big Dipper. La… grande louche ? # speaker: sophie # mood: warm
+ [Chez nous, on l’appelle le Grand Chariot.]
    Chez nous, on l’appelle le Grand Chariot. # speaker: stephane
    Un chariot. C’est beaucoup mieux qu’une louche. # speaker: sophie # mood: amused
    Prolongez les deux dernières étoiles, cinq fois leur écart. C’est l’étoile Polaire. Elle ne bouge jamais. # speaker: stephane
    Elle suit son doigt. Il devine l’instant précis où elle la trouve.
+ [Les marins se guidaient sur elles. Et d’autres.]
    ~ truth(1)
    Les marins se guidaient sur elles. Et d’autres gens, qui ne pouvaient pas demander leur chemin. # speaker: stephane
    D’autres gens ? # speaker: sophie
    Des gens qui se trouvaient là où ils n’étaient pas censés être. Les étoiles ne contrôlent pas les papiers. # speaker: stephane
    Elle retourne la phrase, la range quelque part, et ne demande rien.
+ [(Ne rien dire. La laisser regarder.)]
    Il ne dit rien. Certaines choses se voient mieux sans guide.
    Elle trouve Cassiopée toute seule, et rit, contente d’elle, comme une enfant.
-
-> ask

= ask
Je peux vous demander quelque chose ? Pas pour l’article. Juste pour moi. # speaker: sophie # mood: gentle
{ said_berlin:
    Vous m’avez dit que vous ne parliez pas de Berlin. D’accord. # speaker: sophie
}
{ admitted_spy:
    Vous m’avez dit ce que vous étiez. Dites-moi une chose que vous avez faite. La mission qui vous a le plus marqué. # speaker: sophie
- else:
    { lies_caught >= 2:
        Je sais, je sais. Vous étiez diplomate. Faites-moi plaisir. Quelle mission vous a le plus marqué ? # speaker: sophie # mood: amused
    - else:
        Quelle est la mission qui vous a le plus marqué ? # speaker: sophie
    }
}
Elle dit « mission », pas « poste ». Elle le dit comme si c’était le mot le plus ordinaire du monde.
Balode hésite. On lui a déjà posé cette question, et des gens qui savaient la poser bien moins aimablement.
Jusqu’où en dire. Et s’il lui appartient encore d’en livrer quoi que ce soit, après tant d’années.
{ trust >= 4:
    Mais il y a dans la bonté de son regard, à la lueur des lanternes, quelque chose qui lui donne confiance. C’est aussi simple que cela.
- else:
    { trust >= 2:
        Son regard est bon. Il voudrait tant s’y fier. Il n’est pas sûr que vouloir suffise.
    - else:
        Son regard est bon. Il a connu d’autres bons regards, et il sait où certains l’ont mené.
    }
}
+ [On m’avait envoyé à Berlin…]
    -> tell
+ [Il y avait une ville, autrefois. Un long hiver. Une fenêtre.]
    -> half
+ [La plus marquante ? Les quotas de fromage de 1979.]
    ~ deflections = deflections + 1
    ~ jokes = jokes + 1
    La plus marquante ? Les quotas de fromage de 1979. Aucun de ceux qui y étaient ne les oubliera jamais. # speaker: stephane # mood: amused
    Elle rit doucement, secoue la tête, et n’insiste pas.
    D’accord. # speaker: sophie # mood: gentle
    -> silence
+ [(Regarder longtemps les étoiles.)]
    Il lève les yeux au lieu de répondre. Les étoiles ne lui sont d’aucun secours. Elles ne l’ont jamais été.
    Elle ne remplit pas le silence. La plupart des gens ne peuvent pas s’en empêcher. Elle, si.
    Prenez votre temps. Je ne vais nulle part, ce soir. # speaker: sophie # mood: gentle
    -> silence

= half
~ trust = trust + 1
Il y avait une ville, autrefois. Un long hiver. Une fenêtre, de l’autre côté d’une rue, et un homme derrière. # speaker: stephane
Quelle ville ? # speaker: sophie # mood: quiet
+ [Berlin. (Lui dire le reste.)]
    -> tell
+ [Peu importe laquelle.]
    Peu importe laquelle. Elles se ressemblaient toutes, à trois heures du matin. # speaker: stephane # mood: guarded
    Elle hoche la tête. Elle laisse la ville sans nom.
    Mais lui, il l’a nommée, en lui-même. Et une fois nommée, elle vient.
    -> flood_silent

= silence
Les grillons. Un chien, quelque part en bas dans la vallée. Les lanternes qui craquent en refroidissant.
{ knows_her_father:
    Mon père faisait ça. Une plaisanterie, ou un regard vers le ciel, et la porte se refermait derrière. # speaker: sophie # mood: quiet
    Je croyais qu’il gardait le monde dehors. Maintenant, je crois qu’il gardait quelque chose dedans, pour que ça ne déteigne pas sur nous. # speaker: sophie
- else:
    Vous n’êtes pas obligé, vous savez. Je préfère rien du tout à une histoire que vous avez racontée cent fois. # speaker: sophie # mood: quiet
}
+ [On m’avait envoyé à Berlin…]
    -> tell
+ [(Garder la porte fermée.)]
    ~ deflections = deflections + 1
    Il garde la porte fermée. C’est ce qu’il sait faire. C’est pour cela qu’on le payait.
    Je suis désolé. Il y a des choses que je ne peux toujours pas… # speaker: stephane # mood: guarded
    Ne soyez pas désolé. # speaker: sophie # mood: gentle
    -> flood_silent

= tell
~ told_berlin = true
~ admitted_spy = true
~ truth(2)
~ trust = trust + 1
Il hésite encore un instant. Puis, enfin :
On m’avait envoyé à Berlin, pour recueillir des renseignements sur un réseau d’espions soviétiques. # speaker: stephane # mood: quiet
Les mots restent suspendus dans l’air tiède, entre eux. Trente ans qu’il les porte, et dits à voix haute, ils ne pèsent presque rien.
Sophie ne bouge pas. Elle ne cherche pas de carnet. Elle écoute, c’est tout.
À mesure qu’il parle, les souvenirs affluent.
Les longues heures de surveillance. Les messages codés.
Et le frisson de déjouer ses ennemis. Dieu lui pardonne : le frisson, surtout.
{ heard_numbers:
    Vier. Neun. Zwei. La radio de sa cuisine, ce soir, ou un appartement de Berlin, il y a longtemps. Un instant, il ne sait plus.
}
~ garden_done = true
~ start_chapter("berlin")
-> DONE

= flood_silent
Il n’en dit pas plus. Mais les souvenirs n’attendent pas d’être invités.
Ils affluent malgré tout : les longues heures de surveillance, les messages codés.
Et le frisson de déjouer ses ennemis, dont il n’a jamais avoué à personne qu’il lui manque.
{ heard_numbers:
    Vier. Neun. Zwei. La radio de sa cuisine, ce soir, ou un appartement de Berlin, il y a longtemps. Un instant, il ne sait plus.
}
~ garden_done = true
~ start_chapter("berlin")
-> DONE

// ---------------------------------------------------------------------------------------------
// Petites choses du jardin, la nuit.
// ---------------------------------------------------------------------------------------------

=== garden_stars ===
{ ending:
    { stopping:
    - Les mêmes étoiles qu’au-dessus de Berlin. À Berlin, il n’a jamais levé les yeux. Pas une fois.
    - Les étoiles continuent de scintiller, comme si de rien n’était. Pour elles, il ne s’est rien passé.
    }
    -> DONE
}
{ stopping:
- Il lève les yeux. Tant d’étoiles, ici, que le noir entre elles a l’air encombré.
- Le Chariot, l’étoile Polaire, Cassiopée comme un W de travers. Son père les lui a apprises, sur un balcon, à Lyon.
- Un satellite traverse le ciel, lent et clignotant. Quelqu’un, quelque part, surveille encore. Pas lui. Plus maintenant.
- Les étoiles scintillent toujours. Elles gardent leurs secrets, et personne n’appelle cela mentir.
}
-> DONE

=== garden_lantern ===
{ stopping:
- Un papillon de nuit tourne autour de la lanterne, de plus en plus près, par une sorte de foi qu’il ne saurait expliquer.
- Le verre de la lanterne est tiède. La flamme se couche quand l’air bouge, puis se redresse.
- Il baisse un peu la mèche. Assez de lumière pour voir un visage. Pas plus.
}
-> DONE

=== garden_vines_night ===
{ stopping:
- La nuit, les vignes ne sont plus que des formes : des rangs d’ombre, et le gravier pâle qui court entre eux.
- Quelque part dans les rangs, une petite bête vaque à ses affaires. Un hérisson, peut-être. Ou un renard.
- Dix jours avant les vendanges. Douze, si le temps tient.
}
-> DONE

// Chapitre 3 — Le Dîner. La nuit. La salle à manger du mas.
// Une longue conversation. Chaque échange offre une vérité, une demi-vérité, une couverture,
// une esquive ou une plaisanterie. Un mensonge sur sa carrière est démasqué si c’est le deuxième,
// ou s’il a déjà avoué la vérité, ou si quelque chose le trahit : le passeport d’Henri Vasseur dans
// sa poche (sa main y va), ou la façon dont il l’a détaillée à la porte (deux détails ou plus).

=== dinner ===
{ dinner_finished:
    Les assiettes sont vides et la bougie n’est plus qu’une flaque de cire. Sophie est déjà à la porte du jardin, elle l’attend, lui et la bouteille.
    ~ start_chapter("garden")
    -> DONE
}
-> arrival

= arrival
Ils dînent dans la salle à manger, sous les vieilles poutres, la fenêtre ouverte sur la nuit.
{ picked_tomatoes:
    Le pain rompu à la main. Le banon ouvert sur ses feuilles de châtaignier. Les tomates à l’huile, celles du mur, cueillies cet après-midi.
- else:
    Le pain rompu à la main. Le banon ouvert sur ses feuilles de châtaignier. Les tomates à l’huile.
}
{ bottle_vintage == "1989":
    Le 89 se tient entre eux comme un troisième convive qui n’a pas encore décidé s’il parlerait.
- else:
    Une bouteille de son rouge se dresse entre eux, déjà entamée d’un tiers.
}
Elle s’assoit où il l’installe, face à la fenêtre. Lui prend la chaise qui fait face à la porte. Toujours.
C’est très gentil à vous. Je m’attendais un peu à recevoir la porte au nez. # speaker: sophie # mood: warm
J’y ai pensé. # speaker: stephane # mood: amused
{ vineyard_marcel or vineyard_odette:
    Le couple, sur le chemin, m’a indiqué la maison. Elle m’a dit que vous me nourririez. Lui, que vous ne me diriez rien du tout. # speaker: sophie # mood: amused
    { said_too_much:
        Il m’a dit aussi que cet après-midi même, vous lui avez confié que vos anciens collègues n’envoient pas de cartes postales. # speaker: sophie
        Marcel. Évidemment. D’ici demain matin, ce sera le secrétaire particulier du pape qui n’envoie pas de cartes postales.
    }
    Marcel et Odette. Mieux renseignés que la plupart des gens avec qui j’ai travaillé. # speaker: stephane
- else:
    J’ai demandé mon chemin en bas. Tout le monde connaissait votre maison. Personne ne semblait rien savoir d’autre. # speaker: sophie
}
-> wine

// ---------------------------------------------------------------------------------------------
= wine
Elle goûte le vin, et ses sourcils se lèvent.
Oh. C’est… beaucoup de vin, en une seule gorgée. # speaker: sophie
Comment un diplomate finit-il vigneron ? # speaker: sophie # mood: curious
+ {tasted_wine} [(Lui parler du vin, comme il se doit.)]
    ~ truth(1)
    La cerise noire d’abord. Puis la pierre chaude, et les collines après la première pluie. # speaker: stephane # mood: warm
    L’amertume, à la fin, c’est tout l’intérêt. Elle se fait attendre. # speaker: stephane
    Vous en parlez comme d’autres hommes parlent des femmes. Ou de la guerre. # speaker: sophie # mood: amused
    Le vin est plus clément que les deux. Et il se garde mieux. # speaker: stephane
+ [Je voulais vivre là où personne ne m’avait envoyé.]
    ~ truth(1)
    Je voulais vivre quelque part où personne ne m’avait jamais envoyé. # speaker: stephane
    Quelque part où personne ne vous avait envoyé. # speaker: sophie # mood: thoughtful
    Elle le répète à mi-voix, comme pour le ranger en lieu sûr.
    { not notebook_closed:
        Elle ne le note pas. Il remarque qu’elle ne le note pas.
    }
+ [C’était la terre de mon grand-père.]
    ~ lie()
    C’était la terre de mon grand-père. Le devoir familial. Il fallait bien que quelqu’un la reprenne. # speaker: stephane
    Votre grand-père avait bon goût. # speaker: sophie # mood: warm
    { noticed_shoes:
        Ses chaussures étaient blanches de la poussière du chemin. Elle est passée devant Marcel et Odette.
        Et Marcel sait très bien qui lui a vendu cette terre, et quand, et pour combien. Elle entendra parler du grand-père.
    - else:
        Elle sourit et laisse passer. C’est un petit mensonge, et il reste sur la table entre eux, comme une miette.
    }
+ [On prend sa retraite. Et le vin ne pose pas de questions.]
    ~ jokes = jokes + 1
    ~ trust = trust + 1
    Les diplomates prennent leur retraite, et il faut bien occuper ses mains. Et puis le vin ne pose pas de questions. # speaker: stephane # mood: amused
    Moi, si. # speaker: sophie # mood: amused
    Je vois ça. # speaker: stephane
-
-> diplomat

// ---------------------------------------------------------------------------------------------
= diplomat
Elle repose son verre et le fait pivoter d’un quart de tour par le pied, comme on fait quand on a pris une décision.
{ notebook_closed:
    Le carnet reste dans son sac. Il ne semble pas lui manquer.
- else:
    { noticed_notebook:
        Elle n’a toujours pas ouvert le carnet. Il est posé près de son assiette comme une porte à laquelle elle choisit de ne pas frapper.
    }
}
{ vineyard_whispers_1:
    Jamais diplomate, disait Odette sur le chemin. Le village se pose la question depuis vingt ans. Sophie n’a eu qu’une soirée.
}
Alors. Diplomate. J’ai lu la version officielle de ces années-là. J’aimerais entendre la vôtre. # speaker: sophie
Que faisait un diplomate, au juste ? # speaker: sophie
+ [Délégations commerciales. Quotas de fromage. Réceptions.]
    ~ lie()
    ~ told_cheese = true
    ~ career_lies = career_lies + 1
    Des délégations commerciales, surtout. Des quotas de fromage. Des réceptions où tout le monde se pressait autour des petits fours. # speaker: stephane
    { passport_in_pocket:
        ~ caught()
        Sa main va à la poche de sa chemise, vers Henri Vasseur, et s’en retire aussitôt.
        Sophie regarde la main. Pas son visage. La main.
        Des quotas de fromage. # speaker: sophie
        C’est ça que vous gardez dans la poche de votre chemise ? Des quotas de fromage ? # speaker: sophie # mood: amused
        Il pose la main à plat sur la table, où elle aurait dû rester.
    - else:
        { noticed_count() >= 2:
            ~ caught()
            Je peux vous dire quelque chose ? À la porte, vous avez regardé {noticed_list()} avant de regarder mon visage. # speaker: sophie
            J’ai connu beaucoup d’attachés commerciaux. Ils regardent d’abord le visage. Les visages, c’est leur marchandise. # speaker: sophie # mood: amused
            Il se croyait discret. Il y a vingt ans, il l’aurait été.
        - else:
            Des quotas de fromage. # speaker: sophie
            Vous le dites comme si vous l’aviez dit cent fois. # speaker: sophie # mood: thoughtful
            C’est le cas. À des oreilles bien moins patientes que les siennes, se dit-il. Il n’est pas sûr que ce soit vrai.
        }
    }
+ [J’écoutais les gens. C’était l’essentiel.]
    ~ trust = trust + 1
    J’écoutais les gens. C’était l’essentiel du métier. # speaker: stephane
    Quels gens ? # speaker: sophie
    Tous ceux qui voulaient parler. Et quelques-uns qui ne voulaient pas. # speaker: stephane
    Voilà une phrase très prudente. # speaker: sophie # mood: amused
    C’était un métier très prudent. # speaker: stephane
+ [Je n’étais pas seulement diplomate. Vous le savez.]
    ~ admitted_spy = true
    ~ truth(2)
    ~ trust = trust + 1
    Je n’étais pas seulement diplomate. Vous le saviez avant de frapper. # speaker: stephane
    Elle ne cherche pas son crayon. Elle ne bouge pas du tout.
    Merci. Vous seriez surpris de voir combien c’est rare, que quelqu’un le dise tout haut. # speaker: sophie # mood: moved
    Ne me demandez pas la suite. Pas encore. # speaker: stephane # mood: guarded
    Pas encore. # speaker: sophie
    Et elle ne la demande pas.
+ {passport_in_pocket} [(Poser le passeport sur la table.)]
    -> passport ->
+ [(Lui raconter l’histoire du perroquet de l’ambassadeur.)]
    ~ lie()
    ~ told_parrot = true
    ~ jokes = jokes + 1
    { jokes == 1:
        ~ trust = trust + 1
    }
    Vienne, 1979. L’ambassadeur avait un perroquet dans son bureau, un gris du Gabon, plus vieux que la République. # speaker: stephane # mood: amused
    Il ne savait dire qu’une phrase : « Non, monsieur le ministre. » Avec la voix du ministre. # speaker: stephane
    Nous en étions au deuxième jour d’une négociation commerciale, et il l’a dit au moment précis où nous allions dire oui. # speaker: stephane
    Et alors ? # speaker: sophie # mood: amused
    Et les Autrichiens nous ont accordé de meilleures conditions. Ils ont cru qu’on bluffait. On m’a chargé d’acheter une médaille à l’oiseau. # speaker: stephane
    Elle rit, d’un vrai rire, qui la prend par surprise. Puis elle le regarde par-dessus son verre.
    C’est une histoire merveilleuse. Combien de fois l’avez-vous racontée ? # speaker: sophie
    Assez de fois pour qu’elle soit presque vraie. # speaker: stephane
    { jokes >= 2:
        Vous êtes très drôle, chaque fois que je vous pose une question. On vous l’a déjà dit ? # speaker: sophie # mood: amused
    }
-
-> her

// Le passeport d’Henri Vasseur, posé sur la table. Une seule fois, dans l’un ou l’autre de deux échanges.
= passport
~ showed_passport = true
~ admitted_spy = true
~ passport_in_pocket = false
~ truth(2)
~ trust = trust + 1
Il sort le passeport de la poche de sa chemise et le pose près de son assiette, entre le pain et la bougie.
Elle le regarde longtemps avant d’y toucher. Puis elle l’ouvre avec précaution, comme on ouvrirait le courrier d’un autre.
Henri Vasseur. # speaker: sophie # mood: quiet
C’était un excellent diplomate. Charmant dans les réceptions. Il n’oubliait jamais un nom. Il n’a jamais existé. # speaker: stephane
Et c’était vous. # speaker: sophie
Pendant trois ans. Je l’ai retrouvé à la cave cet après-midi. Je ne sais pas pourquoi je l’ai gardé sur moi. # speaker: stephane
Elle le referme et le fait glisser vers lui sur la table. Elle ne note pas le nom.
Je crois que si. # speaker: sophie # mood: gentle
->->

// ---------------------------------------------------------------------------------------------
= her
~ asked_her = 0
Elle remplit son verre avant le sien. Il remarque cela aussi.
À votre tour. Posez-moi une question, si vous voulez. C’est de bonne guerre. # speaker: sophie
-> her_questions

= her_questions
* [Pourquoi ce sujet ? Pourquoi les espions ?]
    ~ knows_her_father = true
    ~ trust = trust + 1
    Mon père travaillait pour le Département d’État. C’est ce qui était écrit sur ses cartes de visite, en tout cas. # speaker: sophie
    Vienne, Bonn, Athènes. Il a manqué tous mes anniversaires entre six et seize ans. Il rapportait toujours les mauvais cadeaux. # speaker: sophie # mood: wry
    Il est mort il y a deux hivers. En vidant son placard, j’ai trouvé une boîte à chaussures. # speaker: sophie
    Trois passeports. Trois noms. Un seul visage. # speaker: sophie # mood: quiet
    { showed_passport:
        Comme votre Henri. # speaker: sophie
    - else:
        { found_passport:
            Stéphane pense à une caisse sous l’escalier de la cave, et ne dit rien.
        }
    }
    Il ne m’a jamais rien dit. Pas un mot, pas même à la fin. J’aimerais comprendre pourquoi. # speaker: sophie
* [Pourquoi moi ?]
    ~ trust = trust + 1
    { asked_source:
        Vous savez, pour les archives. Après, il y a eu le village. # speaker: sophie
    - else:
        Un vieux monsieur, dans des archives à Paris, a dit votre nom, et puis il a fait comme s’il ne l’avait pas dit. # speaker: sophie
        Après, il y a eu le village. # speaker: sophie
    }
    En bas, tout le monde connaît votre nom, et rien d’autre sur vous. D’habitude, les gens laissent plus de traces. # speaker: sophie
    Et vous avez ouvert la porte. La plupart ne l’ouvrent pas. # speaker: sophie # mood: warm
* {noticed_hands} [La bague à votre pouce. À qui était-elle ?]
    ~ trust = trust + 2
    Elle baisse les yeux sur son pouce, comme si elle avait oublié que la bague était là.
    À mon père. Elle ne va à aucun de mes doigts. Il n’y a que le pouce qui la garde. # speaker: sophie
    { knows_her_father:
        Le reste, vous le savez déjà. # speaker: sophie
    - else:
        ~ knows_her_father = true
        Il travaillait pour le Département d’État, à en croire ses cartes de visite. Il est mort il y a deux hivers. # speaker: sophie
        Il m’a laissé une boîte à chaussures avec trois passeports dedans. Son visage dans les trois. Son nom dans aucun. # speaker: sophie # mood: quiet
    }
    Vous portez les armoiries tournées vers l’intérieur. # speaker: stephane
    Lui aussi. Je ne lui ai jamais demandé pourquoi. Maintenant, je le demande à tout le monde, sauf à lui. # speaker: sophie # mood: moved
* {noticed_notebook and not notebook_closed} [Vous n’avez pas écrit un mot.]
    ~ trust = trust + 1
    Vous n’avez pas écrit un mot de la soirée. # speaker: stephane
    J’écris après. Dans le train. Les gens en disent davantage à quelqu’un qui ne fait qu’écouter. # speaker: sophie
    { admitted_spy:
        Mais ça, vous le savez. # speaker: sophie # mood: amused
    - else:
        Elle le dit d’un ton léger. Il se demande jusqu’à quel point c’était léger.
    }
* {noticed_shoes} [Vous êtes montée à pied du village.]
    ~ trust = trust + 1
    Vous êtes montée à pied depuis le village. Avec ces chaussures. # speaker: stephane
    Vous avez remarqué. # speaker: sophie # mood: amused
    Je remarque les chaussures. # speaker: stephane
    { admitted_spy:
        Évidemment. # speaker: sophie # mood: amused
    - else:
        Les diplomates remarquent les chaussures ? # speaker: sophie # mood: amused
    }
    Je ne voulais pas monter en taxi. Les chauffeurs de taxi se souviennent de leurs clients. # speaker: sophie
    Elle est plus douée pour ça qu’elle ne le laisse paraître. Il s’aperçoit qu’il l’en apprécie davantage, et non moins.
+ [(La laisser poser les questions.)]
    -> her_done
-
~ asked_her = asked_her + 1
{ asked_her >= 2:
    Ça fait deux. C’est de nouveau mon tour. # speaker: sophie # mood: amused
    -> berlin
}
Elle attend, au cas où il y en aurait une autre.
-> her_questions

= her_done
Bref. Je n’ai pas fait tout ce chemin pour parler de moi. # speaker: sophie
-> berlin

// ---------------------------------------------------------------------------------------------
= berlin
~ play_sound("crickets")
La bougie a baissé d’un doigt. Par la fenêtre ouverte, les grillons ont commencé.
{ bottle_vintage == "1989":
    -> vintage ->
}
{ bottle_vintage == "1989":
    Alors. Berlin. Vous y êtes allé ? Avant ? # speaker: sophie
- else:
    Vous êtes déjà allé à Berlin ? Avant la chute du Mur ? # speaker: sophie
}
Elle le demande comme elle a demandé le sel. C’est à cela qu’il sait que c’est la question qu’elle est venue poser.
+ [Jamais. Bonn, Bruxelles. Jamais Berlin.]
    ~ lie()
    ~ career_lies = career_lies + 1
    Jamais. Bonn, Bruxelles, Genève. Jamais Berlin. # speaker: stephane
    { admitted_spy:
        ~ caught()
        Il y a une heure, vous m’avez dit que vous n’étiez pas seulement diplomate. # speaker: sophie
        Et maintenant, vous n’auriez jamais mis les pieds dans la seule ville où ça comptait vraiment ? # speaker: sophie # mood: amused
        Il s’est déjà fait prendre à mentir plus gravement, par des gens bien pires. Aucun ne souriait comme elle.
    - else:
        { career_lies >= 2:
            ~ caught()
            Jamais. Vous avez dit ça très vite. # speaker: sophie
            C’est la deuxième réponse, ce soir, que vous aviez prête avant que j’aie fini ma question. # speaker: sophie # mood: amused
        - else:
            { lies_caught >= 1:
                ~ caught()
                Jamais. # speaker: sophie
                Elle sourit à son assiette. Elle ne le croit pas, et elle le lui laisse voir.
            - else:
                Jamais Berlin. # speaker: sophie
                Elle laisse les mots posés sur la table entre eux, parmi les miettes. Elle n’insiste pas.
                Il s’aperçoit qu’il aurait presque préféré qu’elle insiste.
            }
        }
    }
+ [Une fois ou deux. Il pleuvait. C’est ce qui m’en reste.]
    ~ trust = trust + 1
    Une fois ou deux. Il pleuvait. C’est surtout ça qui m’en reste. # speaker: stephane
    Qu’est-ce qui pleut d’autre, à Berlin ? # speaker: sophie
    Tout. Les manteaux. Les trains. Les journaux. Les visages des gens, en novembre. # speaker: stephane
    Ce n’est pas rien. # speaker: sophie # mood: gentle
    Non. Ce n’est pas rien. # speaker: stephane
+ [Oui. Deux hivers. Je ne parle pas de Berlin.]
    ~ truth(1)
    ~ said_berlin = true
    Oui. Deux hivers. Je ne parle pas de Berlin. # speaker: stephane # mood: guarded
    Alors n’en parlez pas. Pas à table, en tout cas. # speaker: sophie # mood: gentle
    Elle le dit avec douceur, et il comprend qu’elle compte reposer la question, plus tard, ailleurs.
+ [Tout le monde était à Berlin. Encore du pain ?]
    ~ deflections = deflections + 1
    Tout le monde passait par Berlin, ces années-là. Encore un peu de pain ? # speaker: stephane
    Elle prend le pain.
    { deflections >= 2:
        Vous faites ça, vous savez. Vous me tendez quelque chose au lieu d’une réponse. # speaker: sophie # mood: amused
        Je vais repartir d’ici très bien nourrie, et sans rien savoir du tout. # speaker: sophie
    - else:
        Elle le laisse changer de sujet, et il voit bien qu’elle le laisse faire.
    }
-
-> why_left

// Le 89 sur la table : elle lit l’étiquette.
= vintage
Elle tourne la bouteille vers la bougie pour en lire l’étiquette.
1989. # speaker: sophie
L’année de la chute du Mur. Vous l’avez choisie pour moi, ou pour vous ? # speaker: sophie # mood: curious
+ [Pour moi.]
    ~ truth(1)
    Pour moi. Certaines années, on les boit pour se souvenir. D’autres, pour s’assurer qu’on le peut encore. # speaker: stephane
    Et celle-ci, c’est laquelle ? # speaker: sophie
    Je vous le dirai quand la bouteille sera vide. # speaker: stephane
+ [C’était la bouteille la plus proche.]
    ~ lie()
    C’était la plus proche. # speaker: stephane
    Bien sûr. # speaker: sophie # mood: amused
    Elle le lui accorde. Ils savent tous les deux qu’elle le lui accorde.
-
->->

// ---------------------------------------------------------------------------------------------
= why_left
Plus tard. Le fromage réduit à ses feuilles, la bouteille passée de moitié.
{ lies_caught >= 1:
    { lies_caught > 1:
        Elle l’a pris en défaut plus d’une fois ce soir. Il devrait se méfier davantage.
    - else:
        Elle l’a pris en défaut une fois ce soir. Il devrait se méfier davantage.
    }
    Au lieu de quoi il se surprend à se méfier moins, et à s’en réjouir.
- else:
    { trust >= 3:
        Il se rend compte qu’il passe une bonne soirée. Personne ne l’a écouté ainsi depuis des années : entièrement, comme si chaque mot pouvait compter.
    - else:
        La soirée s’étire. Il se sent plus à l’aise en sa compagnie, sans pouvoir dire quand cela a commencé.
    }
}
Je peux vous demander pourquoi vous êtes parti ? Les hommes comme vous… les diplomates… d’habitude, ils finissent ambassadeurs. Avec des médailles. Et des mémoires. # speaker: sophie
+ [La vigne avait plus besoin de moi que Paris.]
    ~ trust = trust + 1
    La vigne avait plus besoin de moi que Paris. # speaker: stephane
    Et avant la vigne ? # speaker: sophie
    Avant la vigne, personne n’avait besoin de moi. On avait besoin de celui que j’étais cette année-là. # speaker: stephane
    C’est plus qu’il ne voulait en dire. Elle a la délicatesse de regarder la bougie plutôt que lui.
+ [Je n’ai jamais été assez important pour les médailles.]
    ~ lie()
    ~ career_lies = career_lies + 1
    Je n’ai jamais été assez important pour les médailles. Un petit homme dans un petit bureau. # speaker: stephane
    { admitted_spy:
        ~ caught()
        { showed_passport:
            Un petit homme dans un petit bureau, avec le passeport d’un autre dans la poche. # speaker: sophie # mood: amused
        - else:
            Un petit homme dans un petit bureau, qui n’était pas seulement diplomate. # speaker: sophie # mood: amused
        }
        Vous mentez affreusement mal, pour un homme qui a si bien menti. # speaker: sophie
    - else:
        { career_lies >= 2:
            ~ caught()
            C’est la deuxième histoire, ce soir, qui s’emboîte un peu trop bien. # speaker: sophie
            Les vraies vies ont des fils qui dépassent. La vôtre n’en a pas un seul. Ça demande du travail. # speaker: sophie # mood: thoughtful
        - else:
            Je ne crois pas que vous ayez jamais été petit, dans aucun bureau. # speaker: sophie # mood: warm
            Elle le dit comme un compliment, et passe à autre chose. Il la laisse faire.
        }
    }
+ [J’étais las d’être quelqu’un d’autre.]
    ~ truth(2)
    ~ trust = trust + 1
    J’étais las d’être quelqu’un d’autre. # speaker: stephane
    C’est sorti avant qu’il ait décidé de le dire. Cela sonne plus vrai à voix haute que cela n’a jamais sonné dans sa tête.
    Quelqu’un d’autre ? # speaker: sophie # mood: gentle
    À l’étranger, on est toujours un peu quelqu’un d’autre. Moi, je l’étais beaucoup. # speaker: stephane
    Un matin, je me suis regardé dans la glace et je ne savais plus lequel de nous deux devait se raser. # speaker: stephane
    Elle ne rit pas. Elle hoche lentement la tête, comme s’il venait de confirmer ce qu’elle savait déjà.
    { knows_her_father:
        Mon père m’a dit un jour qu’il s’était oublié dans un hôtel, quelque part, et qu’il n’était jamais retourné se chercher. # speaker: sophie # mood: moved
    }
+ [Mes genoux. Les réceptions, c’est la mort des genoux.]
    ~ jokes = jokes + 1
    { jokes == 1:
        ~ trust = trust + 1
    }
    Mes genoux. Trente ans debout dans des réceptions. Personne ne vous prévient. # speaker: stephane # mood: amused
    { jokes >= 3:
        Elle rit. Puis elle cesse de rire et le regarde.
        Vous faites une plaisanterie chaque fois que j’approche de quelque chose. Vous le saviez ? # speaker: sophie # mood: gentle
        Je l’avais remarqué. # speaker: stephane
    - else:
        Je le mettrai dans l’article. Le coût caché de la diplomatie : les genoux. # speaker: sophie # mood: amused
    }
+ {passport_in_pocket} [(Poser le passeport sur la table.)]
    -> passport ->
-
-> toast

// ---------------------------------------------------------------------------------------------
= toast
Les assiettes sont vides. La bougie s’est changée en petit lac.
À mesure que la soirée avance, il se sent de plus en plus à l’aise de la savoir là, de l’autre côté de sa table.
Peut-être est-ce sa façon d’écouter, attentive à chaque mot. Ou peut-être cette façon qu’elle a de lire en lui, semble-t-il, comme dans un livre ouvert.
{ lies_caught >= 2:
    Elle a vu clair dans son jeu plus d’une fois ce soir. Cela devrait l’inquiéter. Cela ne l’inquiète pas, pas tout à fait.
}
Elle lève son verre.
Trinquons. À vous de choisir à quoi. # speaker: sophie
+ [À la vérité, quelle qu’elle soit.]
    ~ truth(1)
    À la vérité. Quelle qu’elle soit. # speaker: stephane
    { lies_caught >= 2:
        Courageux, venant de vous. # speaker: sophie # mood: amused
    - else:
        À la vérité. # speaker: sophie # mood: warm
    }
+ [Au vin. Lui ne ment jamais.]
    Au vin. Lui ne ment jamais. # speaker: stephane # mood: amused
    { lies_told >= 1:
        Alors c’est bien le seul, à cette table. # speaker: sophie # mood: amused
    - else:
        Au vin. # speaker: sophie # mood: amused
    }
+ {knows_her_father} [À votre père.]
    ~ trust = trust + 2
    À votre père. # speaker: stephane
    Un instant, elle ne peut rien dire. Puis elle fait tinter son verre contre le sien.
    À mon père. Vous lui auriez plu. Il aurait détesté à quel point. # speaker: sophie # mood: moved
+ [Aux amis absents.]
    ~ truth(1)
    Aux amis absents. # speaker: stephane
    Ils sont nombreux ? # speaker: sophie # mood: gentle
    Assez pour une longue table. # speaker: stephane
-
Les verres tintent doucement. Dehors, les grillons répondent.
La nuit est trop belle pour rester enfermés. Il y a un jardin ? # speaker: sophie
Il y a un banc, et beaucoup d’étoiles, et le reste de cette bouteille. # speaker: stephane # mood: warm
Il prend la bouteille et les deux verres. Elle saisit la bougie, puis se ravise et la souffle.
~ dinner_finished = true
~ start_chapter("garden")
-> DONE

// « mes chaussures et mes mains », pour la réplique où elle dit ce qu’il a regardé d’abord
=== function noticed_list() ===
~ temp items = ""
~ temp n = 0
~ temp count = noticed_count()
{ noticed_shoes:
    ~ n = n + 1
    ~ items = items + join(n, count) + "mes chaussures"
}
{ noticed_hands:
    ~ n = n + 1
    ~ items = items + join(n, count) + "mes mains"
}
{ noticed_notebook:
    ~ n = n + 1
    ~ items = items + join(n, count) + "mon carnet"
}
~ return items

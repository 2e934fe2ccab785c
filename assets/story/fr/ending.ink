// Chapitre 6 — La Paix. Le jardin sous les étoiles, de retour sur le banc.
// `ending` joue la partie commune (les mots de Sophie), propose un dernier choix, puis nomme la fin :
//   ending_peace   — il lui a raconté Berlin au jardin, elle l’a démasqué une fois au plus,
//                    trust >= 3 et honesty >= 1
//   ending_dawn    — il le lui a raconté, mais tard (seulement à la toute fin) ou après une nuit de mensonges
//   ending_guarded — il a gardé ses secrets
// Les résultats de Berlin (courier_identified, message_decoded, decoded_text, berlin_clean) colorent
// ce qu’il lui raconte ; ils ne changent pas la route.

=== ending ===
{ ending_id != "":
    -> route
}
~ play_sound("crickets")
Berlin le lâche lentement, comme fait un rêve, peu à peu.
Le banc. Les lanternes. Les grillons. Le verre vide dans sa main, et Sophie à côté de lui.
{ told_berlin:
    -> listened
- else:
    -> waited
}

= listened
Il lui a raconté. Pas tout ; personne ne raconte jamais tout. Mais plus qu’il n’en a dit à quiconque en trente ans.
Sophie a écouté tout du long, suspendue à ses lèvres, posant des questions, ponctuant son récit de petits murmures pensifs.
Combien de temps avez-vous surveillé cette fenêtre ? # speaker: sophie
Assez longtemps pour savoir quand l’homme derrière s’achetait des chaussures neuves. # speaker: stephane
{ courier_identified:
    Et le messager ? Vous l’avez trouvé ? # speaker: sophie
    À sa démarche, finalement. Il avait une façon de s’arrêter pour renouer un lacet déjà noué. Je le reconnaîtrais aujourd’hui. # speaker: stephane
- else:
    Vous avez trouvé celui que vous cherchiez ? # speaker: sophie
    Pas comme je l’aurais voulu. Pas comme dans les films. # speaker: stephane
}
{ message_decoded:
    { decoded_text != "":
        Il y avait un message. Je le connais encore par cœur. # speaker: stephane
        Il le dit à voix haute, pour la première fois en trente ans : « {decoded_text} »
    - else:
        Il y avait un message. Je l’ai déchiffré à quatre heures du matin, sur une table de cuisine, avec du café froid. # speaker: stephane
    }
- else:
    Il y a eu des messages qu’on n’a jamais déchiffrés. Je rêve encore de l’un d’eux. # speaker: stephane
}
{ berlin_clean > 0:
    Il était doué pour ça. C’est le plus difficile à dire à voix haute, et il découvre qu’il peut le dire.
- else:
    Il n’a pas toujours été doué. Il le lui dit aussi. Cette partie-là, personne ne la raconte jamais.
}
Quand il a fini, elle sourit, et prend sa main dans la sienne.
-> insight

= waited
Il ne lui a rien dit. Pas à voix haute. Berlin est venu et reparti derrière ses yeux, il l’a laissé faire, et n’a pas dit un mot.
Sophie a attendu tout ce temps, son verre entre les mains, sans rien demander. Elle n’a pas détourné les yeux une seule fois.
Quand il revient à lui, elle sourit, et prend sa main dans la sienne.
-> insight

= insight
Sa voix n’est guère plus qu’un murmure.
Je crois savoir pourquoi vous avez quitté les services. # speaker: sophie # mood: gentle
Je l’ai déjà vu — le poids des secrets, le fardeau des mensonges. # speaker: sophie # mood: gentle
Vous méritez de laisser tout cela derrière vous. # speaker: sophie # mood: moved
{ not admitted_spy:
    Il n’a jamais prononcé le mot « services ». Pas une fois, de toute la soirée.
}
Stéphane regarde Sophie, surpris de tant de clairvoyance.
Un instant, il lui semble se voir avec des yeux neufs : un homme sur un banc, qui tient la main d’une jeune femme, las de tout porter.
{ told_berlin:
    -> last_words_told
- else:
    -> last_words_untold
}

= last_words_told
+ [Merci. De m’avoir écouté.]
    ~ trust = trust + 1
    Merci. De m’avoir écouté. Avant vous, personne n’écoutait. On prenait des notes, c’est tout. # speaker: stephane # mood: moved
    Je n’ai pris aucune note. # speaker: sophie # mood: warm
    Je sais. J’ai vérifié. # speaker: stephane # mood: amused
+ [Je ne sais pas si je pourrai laisser ça derrière moi.]
    ~ truth(1)
    Je ne sais pas si je pourrai laisser ça derrière moi. Je l’ai porté si longtemps que, sans lui, je marche de travers. # speaker: stephane
    Alors posez-le petit à petit. Personne n’a dit que ce devait être ce soir. # speaker: sophie # mood: gentle
+ [(Lui tenir la main. Ne rien dire.)]
    Il lui tient la main. Il ne dit rien. Pour une fois, ce n’est pas une façon de se cacher.
-
-> decide

= last_words_untold
+ [(Lui dire. Tout, cette fois.)]
    ~ late_truth = true
    ~ told_berlin = true
    ~ admitted_spy = true
    ~ truth(2)
    Il regarde leurs deux mains. Puis les étoiles, là-haut. Puis elle.
    On m’avait envoyé à Berlin, pour recueillir des renseignements sur un réseau d’espions soviétiques. # speaker: stephane # mood: quiet
    Elle ne lâche pas sa main. Il lui raconte la suite, lentement, comme on marche sur un plancher dont on se méfie.
+ [Vous avez beaucoup d’imagination, Sophie.]
    ~ lie()
    Vous avez beaucoup d’imagination, Sophie. # speaker: stephane # mood: guarded
    C’est vrai. Et vous avez un très bon visage pour mentir. Presque assez bon. # speaker: sophie # mood: gentle
    Elle ne lâche pas sa main. C’est à la fois pire, et mieux.
+ [(Lui tenir la main. Ne rien dire.)]
    Il lui tient la main. Il ne dit rien. C’est le plus loin qu’il puisse aller, ce soir.
-
-> decide

= decide
// La fin est nommée ici ; le jeu les laisse ensuite tracer les étoiles ensemble, puis joue
// ending_<id> (les dernières lignes et l’épilogue) sous le ciel.
{
- told_berlin and not late_truth and lies_caught <= 1 and trust >= 3 and honesty >= 1:
    ~ ending_id = "peace"
- told_berlin:
    ~ ending_id = "dawn"
- else:
    ~ ending_id = "guarded"
}
-> DONE

// Quand la fin est rejouée : une courte coda de celle déjà choisie.
= route
{
- ending_id == "peace":
    Sophie près de lui, sa main dans la sienne, et la nuit qui n’en finit pas au-dessus d’eux.
- ending_id == "dawn":
    Les étoiles s’éteignent une à une au-dessus des collines. Il parle encore. Elle écoute toujours.
- else:
    La carte dans sa main, les étoiles au-dessus de lui, et le chemin vide jusqu’au village.
}
-> END

// ---------------------------------------------------------------------------------------------

=== ending_peace ===
~ ending_id = "peace"
Tandis que la nuit avance, ils parlent longtemps dans l’obscurité, échangeant des histoires et des rires sous les étoiles.
Elle lui parle de l’Ohio, où personne n’a de secrets, seulement des sous-sols. Des mauvais cadeaux de son père, qu’elle a tous gardés.
Il lui parle des vignes, et du vieux Fabre, et du nœud qui retient un sarment par tous les vents.
{ found_passport:
    Et d’Henri Vasseur, qui buvait son café noir et ne dormait jamais après cinq heures.
}
À un moment, la bouteille est vide. Ni l’un ni l’autre ne se lève pour en chercher une autre. Ni l’un ni l’autre ne s’en soucie.
Les fantômes de son passé s’attardent encore, là-bas, à la lisière de la lumière des lanternes, où ils se sont toujours tenus.
Mais Stéphane sait désormais qu’avec Sophie à ses côtés, il peut enfin trouver un peu de paix.
Les jours d’après. # mood: epilogue
Elle resta pour les vendanges. Désespérante au sécateur, infatigable aux cagettes.
{ found_passport:
    Par la première nuit froide de novembre, il brûla le passeport d’Henri Vasseur dans le poêle de la cuisine. Il ne sentit rien, que la chaleur.
}
Son article parut au printemps. Il ne nommait personne. Il parlait d’un homme qui faisait du vin, d’une femme qui avait perdu son père, et du poids des secrets.
Marcel le lut deux fois au café, et raconta à qui voulait l’entendre qu’il l’avait toujours su.
Chaque septembre, dès lors, une voiture montait le chemin au crépuscule. Il mettait la deuxième assiette avant qu’on ne frappe.
-> END

=== ending_dawn ===
~ ending_id = "dawn"
Tandis que la nuit avance, ils parlent longtemps dans l’obscurité, puis jusqu’au bout de la nuit.
{ late_truth:
    Il lui raconte Berlin, tout, depuis le début : la pluie, la fenêtre, les chiffres. Cela ne vient pas dans l’ordre. L’ordre lui est bien égal, à elle.
- else:
    Il revient une à une sur les histoires de la soirée, comme on rend des manteaux empruntés.
}
{
- told_cheese:
    Les quotas de fromage… Il n’y a jamais eu de quotas de fromage. # speaker: stephane # mood: amused
    Elle rit tant qu’elle doit poser son verre dans l’herbe.
- told_parrot:
    Le perroquet… # speaker: stephane
    Non. Ne dites rien. Je veux que le perroquet soit vrai. # speaker: sophie # mood: amused
- lies_told >= 1:
    Une partie de ce que je vous ai dit au dîner n’était pas vraie. # speaker: stephane
    Je sais. J’y étais. # speaker: sophie # mood: gentle
}
{ lies_caught >= 2:
    Pour un professionnel, vous mentez affreusement mal. On vous l’a déjà dit ? # speaker: sophie # mood: amused
    Personne d’autre ne l’a jamais remarqué. Je me demande encore pourquoi vous, si. # speaker: stephane
}
La vérité est plus lente que le mensonge. Il lui faut plus de mots, et elle ne flatte personne. Ils ont le temps.
~ set_flag("dawn")  // the sky over the bench begins to lighten
Le ciel grisaille, puis pâlit au-dessus des collines, et un merle se met à chanter avant qu’aucun des deux ait remarqué que les étoiles sont parties.
Les fantômes de son passé s’attardent encore. Cette fois, il ne fait pas semblant de ne pas les voir.
Ce n’est pas encore la paix. Mais c’est le chemin qui y mène, et pour la première fois depuis des années, il voit où il va.
Les jours d’après. # mood: epilogue
Elle repartit par le car du matin, avec quatre heures de sommeil et un sac de ses tomates.
Elle n’écrivit pas l’article. Elle lui écrivit à lui : une lettre, un mois plus tard, qui se terminait par deux mots. Et après ?
Il répondit. C’était la première lettre, en trente ans, qu’il signait de son vrai nom.
Il fallut onze lettres pour lui raconter le reste. À la dixième, elle s’était mise à poser des questions sur la vigne.
Le septembre suivant, elle vint pour les vendanges, et resta jusqu’à ce que la dernière cagette soit rentrée.
-> END

=== ending_guarded ===
~ ending_id = "guarded"
Tandis que la nuit avance, ils parlent longtemps dans l’obscurité, malgré tout.
De l’Ohio, des mauvais cadeaux de son père, du vin, et du nom des étoiles. Ils rient plus qu’il ne s’y attendait.
De tout, finalement, sauf de la seule chose.
{ admitted_spy:
    Elle sait ce qu’il était. Elle ne saura jamais ce qu’il a fait. Il en a décidé ainsi, et elle le laisse faire.
}
Un peu après une heure, elle retrouve ses chaussures dans l’herbe et appelle le taxi du village.
En attendant, elle sort une carte de son sac et la pose sur le banc, entre eux.
Au cas où vous voudriez un jour le raconter à quelqu’un. Pas forcément à moi. # speaker: sophie # mood: gentle
Des phares montent le chemin entre les vignes. Elle lui fait la bise, maladroitement, comme une Américaine, et s’en va.
Il reste assis sous les étoiles, la carte à la main et la bouteille vide à ses pieds.
Les fantômes de son passé s’attardent. Ils restent assis avec lui, comme toujours, poliment, en invités qui ne veulent pas partir les premiers.
Mais la soirée a été bonne. Il avait oublié ce que c’était.
C’est une sorte de paix. Pas celle dont elle parlait. Mais une paix tout de même.
Les jours d’après. # mood: epilogue
La carte alla rejoindre la caisse sous l’escalier de la cave{found_passport:, à côté d’Henri Vasseur{passport_in_pocket:, revenu de sa soirée dans une poche de chemise}}.
Certains soirs, il la ressortait, la tournait entre ses doigts, et la remettait en place.
Son article parut au printemps. Il y figurait en diplomate retraité, au bon vin et au bon rire. C’était vrai, jusqu’à un certain point.
Il n’appela jamais. Mais il ne jeta jamais la carte non plus.
-> END

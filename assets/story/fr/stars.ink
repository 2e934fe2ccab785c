// Sous les étoiles, après ses mots à elle : ils tracent ensemble des constellations en parlant.
// Le jeu joue l’un de ces nœuds quand le joueur trace une constellation dans le ciel.

=== stars_ursa_major ===
~ stars_traced = stars_traced + 1
{ stopping:
- La Grande Ourse. Sept étoiles, et une longue queue qu’aucun ours n’a jamais eue. # speaker: sophie # mood: amused
  Dans l’Ohio, on l’appelait the Big Dipper. La grande louche. On n’était pas très poètes, dans l’Ohio. # speaker: sophie # mood: warm
  Suivez les deux dernières étoiles de la casserole. Cinq fois leur écart, et voilà l’étoile Polaire. # speaker: stephane
  Vous avez appris ça dans la marine ? # speaker: sophie
  Je l’ai appris une nuit où il n’y avait pas d’autre moyen de rentrer. # speaker: stephane # mood: quiet
- La Grande Ourse, encore. Elle en suit la queue du bout du doigt, lentement, comme si elle pouvait bouger.
}
-> DONE

=== stars_cassiopeia ===
~ stars_traced = stars_traced + 1
{ stopping:
- Celle-là, c’est un W. Ou un M, selon l’heure. # speaker: sophie
  Cassiopée. Une reine enchaînée à son trône pour s’être vantée. # speaker: stephane # mood: amused
  Vantée de quoi ? # speaker: sophie
  De sa beauté. De celle de sa fille. C’était un petit royaume ; on n’y avait pas grand-chose d’autre à se dire. # speaker: stephane # mood: amused
  Elle rit, et les grillons se taisent un instant, comme pour écouter.
- Cassiopée, toujours sur son trône. Il y a des peines qui durent très longtemps.
}
-> DONE

=== stars_cygnus ===
~ stars_traced = stars_traced + 1
{ stopping:
- Le Cygne, qui descend la Voie lactée à tire-d’aile. Deneb, c’est sa queue. # speaker: stephane
  Moi, je dirais une croix. # speaker: sophie
  La Croix du Nord. Les marins et les cygnes ne sont jamais d’accord. # speaker: stephane # mood: warm
  Et les espions ? # speaker: sophie # mood: amused
  Les espions voient ce qu’on leur a dit de voir. # speaker: stephane # mood: wry
  C’est la chose la plus triste que vous ayez dite de la soirée. # speaker: sophie # mood: gentle
- Le Cygne continue de voler le long de son fleuve d’étoiles, et n’arrive jamais.
}
-> DONE

=== stars_lyra ===
~ stars_traced = stars_traced + 1
{ stopping:
- Véga. La plus brillante, là-haut, en cette saison. # speaker: stephane
  Elle est bleue. Je croyais que les étoiles étaient blanches. # speaker: sophie
  Regardez plus longtemps. Rien n’est d’une seule couleur, si on regarde assez longtemps. # speaker: stephane # mood: quiet
  C’est encore une chose qu’on vous a apprise ? # speaker: sophie
  Non. Ça, c’est la vigne qui me l’a appris. # speaker: stephane # mood: warm
- Véga brûle, bleue et tranquille. Elle pose la tête sur son épaule.
}
-> DONE

// Chapitre 5 — Berlin, 1983. Le flash-back jouable est construit à part ; ceci le remplace en attendant.

=== berlin_placeholder ===
Le souvenir de Berlin vient comme y venait la pluie : d’un seul coup, et de tous les côtés.
Une chambre louée en face d’un café. Une fenêtre qu’il a surveillée jusqu’à connaître chaque visage derrière.
Des chiffres à la radio, à deux heures du matin. Un homme en manteau gris qui ne prenait jamais deux fois le même chemin.
Il avait trente-cinq ans, il était très doué, et il croyait que cela ne finirait jamais.
~ start_chapter("ending")
-> DONE

// Under the stars, after her insight: they trace constellations together while they talk.
// The game plays one of these when the player traces a constellation across the sky.

=== stars_ursa_major ===
~ stars_traced = stars_traced + 1
{ stopping:
- The Great Bear. Seven stars and a long tail no bear ever had. # speaker: sophie # mood: amused #id:stars_ursa_major.1
  In Ohio we called it the Big Dipper. We weren't very poetic in Ohio. # speaker: sophie # mood: warm #id:stars_ursa_major.2
  { taught_pole_star:
      Last two stars of the pan, five times the distance. There. I remembered. # speaker: sophie # mood: amused #id:stars_ursa_major.7
      Who taught you? You, I mean. Not the navy, I'm guessing. # speaker: sophie #id:stars_ursa_major.8
  - else:
      Follow the last two stars of the pan. Five times their distance, and there is the Pole Star. # speaker: stephane #id:stars_ursa_major.3
      Who taught you that? # speaker: sophie #id:stars_ursa_major.9
  }
  My father, on a balcony in Lyon. Later I needed it, one night with no other way home. # speaker: stephane # mood: quiet #id:stars_ursa_major.10
- The Bear again. She traces the handle with her finger, slowly, as if it might move. #id:stars_ursa_major.6
}
-> DONE

=== stars_cassiopeia ===
~ stars_traced = stars_traced + 1
{ stopping:
- That one's a W. Or an M, depending on the hour. # speaker: sophie #id:stars_cassiopeia.1
  Cassiopeia. A queen chained to her chair for boasting. # speaker: stephane # mood: amused #id:stars_cassiopeia.2
  What did she boast about? # speaker: sophie #id:stars_cassiopeia.3
  Her beauty. Her daughter's. It was a small kingdom; there was not much else to talk about. # speaker: stephane # mood: amused #id:stars_cassiopeia.4
  She laughs, and the crickets stop for a moment, as if to listen. #id:stars_cassiopeia.5
- Cassiopeia, still in her chair. #id:stars_cassiopeia.6
}
-> DONE

=== stars_cygnus ===
~ stars_traced = stars_traced + 1
{ stopping:
- The Swan, flying down the Milky Way. Deneb is its tail. # speaker: stephane #id:stars_cygnus.1
  It looks like a cross to me. # speaker: sophie #id:stars_cygnus.2
  The Northern Cross. Sailors and swans, they never agree. # speaker: stephane # mood: warm #id:stars_cygnus.3
  And spies? # speaker: sophie # mood: amused #id:stars_cygnus.4
  Spies see whatever they were told to see. # speaker: stephane # mood: wry #id:stars_cygnus.5
  That's the saddest thing you've said all night. # speaker: sophie # mood: gentle #id:stars_cygnus.6
- The Swan goes on flying down its river of stars, and never arrives. #id:stars_cygnus.7
}
-> DONE

=== stars_lyra ===
~ stars_traced = stars_traced + 1
{ stopping:
- Vega. The brightest one up there, this time of year. # speaker: stephane #id:stars_lyra.1
  It's blue. I thought stars were white. # speaker: sophie #id:stars_lyra.2
  Look longer. Nothing is only one colour, if you look long enough. # speaker: stephane # mood: quiet #id:stars_lyra.3
  Is that another thing they taught you? # speaker: sophie #id:stars_lyra.4
  No. The vines taught me that. # speaker: stephane # mood: warm #id:stars_lyra.5
- Vega burns blue and steady. She rests her head on his shoulder. #id:stars_lyra.6
}
-> DONE

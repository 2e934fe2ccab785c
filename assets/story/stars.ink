// Under the stars, after her insight: they trace constellations together while they talk.
// The game plays one of these when the player traces a constellation across the sky.

=== stars_ursa_major ===
~ stars_traced = stars_traced + 1
{ stopping:
- The Great Bear. Seven stars and a long tail no bear ever had. # speaker: sophie # mood: amused
  In Ohio we called it the Big Dipper. We weren't very poetic in Ohio. # speaker: sophie # mood: warm
  Follow the last two stars of the pan. Five times their distance, and there is the Pole Star. # speaker: stephane
  You learned that in the navy? # speaker: sophie
  I learned it on a night when there was no other way home. # speaker: stephane # mood: quiet
- The Bear again. She traces the handle with her finger, slowly, as if it might move.
}
-> DONE

=== stars_cassiopeia ===
~ stars_traced = stars_traced + 1
{ stopping:
- That one's a W. Or an M, depending on the hour. # speaker: sophie
  Cassiopeia. A queen chained to her chair for boasting. # speaker: stephane # mood: amused
  What did she boast about? # speaker: sophie
  Her beauty. Her daughter's. It was a small kingdom; there was not much else to talk about. # speaker: stephane # mood: amused
  She laughs, and the crickets stop for a moment, as if to listen.
- Cassiopeia, still in her chair. Some sentences last a very long time.
}
-> DONE

=== stars_cygnus ===
~ stars_traced = stars_traced + 1
{ stopping:
- The Swan, flying down the Milky Way. Deneb is its tail. # speaker: stephane
  It looks like a cross to me. # speaker: sophie
  The Northern Cross. Sailors and swans, they never agree. # speaker: stephane # mood: warm
  And spies? # speaker: sophie # mood: amused
  Spies see whatever they were told to see. # speaker: stephane # mood: wry
  That's the saddest thing you've said all night. # speaker: sophie # mood: gentle
- The Swan goes on flying down its river of stars, and never arrives.
}
-> DONE

=== stars_lyra ===
~ stars_traced = stars_traced + 1
{ stopping:
- Vega. The brightest one up there, this time of year. # speaker: stephane
  It's blue. I thought stars were white. # speaker: sophie
  Look longer. Nothing is only one colour, if you look long enough. # speaker: stephane # mood: quiet
  Is that another thing they taught you? # speaker: sophie
  No. The vines taught me that. # speaker: stephane # mood: warm
- Vega burns blue and steady. She rests her head on his shoulder.
}
-> DONE

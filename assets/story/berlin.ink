// Chapter 5 — Berlin, 1983. The playable flashback is built separately; this is its placeholder.

=== berlin_placeholder ===
The memory of Berlin comes the way the rain came there: all at once, and from every side.
A rented room across the street from a café. A window he watched until he knew every face behind it.
Numbers on a radio at two in the morning. A man in a grey coat who never walked the same way twice.
He was thirty-five, and very good at it, and he thought it would never end.
~ start_chapter("ending")
-> DONE

"""The players that drive the game through the same intents a person gives: the scripted player
(autoplay, scripted walking), the random monkey, and the Berlin games' scripted and careless players."""

"""What the Berlin games on foot (the tail, the dead drop) share: their scene, view and players."""

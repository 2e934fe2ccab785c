// The Weight of Secrets — the whole story, in Ink.
//
// The game jumps to a knot by name (a map object, an NPC, a trigger or a chapter's intro),
// plays it line by line and stops at -> DONE / -> END. Every knot ends on its own.
// Tags: # speaker: stephane|sophie|marcel|odette  (no speaker: narration or his thoughts)
//       # mood: wary|warm|amused|guarded|moved|...
// Choices are what Stéphane says (plain text) or does (in parentheses).
// See README.md beside this file for the knot list and the variables.

// Without the game (an Ink player, a test), the story starts at the first chapter.
-> vineyard_intro

INCLUDE vineyard.ink
INCLUDE visitor.ink
INCLUDE dinner.ink
INCLUDE garden.ink
INCLUDE berlin.ink
INCLUDE ending.ink
INCLUDE stars.ink

// ---------------------------------------------------------------------------------------------
// State. The game reads these; it never keeps copies.
// ---------------------------------------------------------------------------------------------

// Sophie and him
VAR trust = 0               // Sophie's trust in him
VAR honesty = 0             // up with truths, down with lies
VAR lies_caught = 0         // times she saw through him
VAR lies_told = 0           // every lie he tells her (caught or not)
VAR career_lies = 0         // lies about what he did for a living (the second one is always caught)
VAR deflections = 0         // questions turned aside without an answer
VAR jokes = 0               // questions answered with a joke
VAR admitted_spy = false    // he said, in so many words, that he was not only a diplomat
VAR told_berlin = false     // "I was sent to Berlin, to gather intel on a Soviet spy ring."
VAR late_truth = false      // ... but only at the very end, after her insight
VAR knows_her_father = false // she told him about her father

// Chapter 1: the vineyard
VAR chores_done = 0
VAR tasted_wine = false
VAR found_passport = false
VAR passport_in_pocket = false // he kept Henri Vasseur's passport on him (she may see the gesture)
VAR picked_tomatoes = false
VAR bottle_vintage = ""     // "1989" if he brought the '89 up from the cellar for dinner
VAR warned_of_sophie = false // Odette told him an American asked for his house
VAR said_too_much = false   // he let something slip to Marcel (the village will repeat it)
VAR met_neighbours = false  // he has talked with Marcel or Odette: their gossip on the lane is no longer overheard

// Chapter 2: the visitor
VAR dinner_items = 0
VAR heard_knock = false
VAR noticed_shoes = false   // her dusty city shoes: she walked up from the village
VAR noticed_notebook = false // a closed notebook and a pencil
VAR noticed_hands = false   // a man's signet ring on her thumb
VAR invited_her = false     // he asked her to stay (rather than her inviting herself)
VAR notebook_closed = false // she promised to keep the notebook shut
VAR heard_numbers = false   // the radio, between stations
VAR asked_source = false    // he asked her at the door who gave her his name

// Chapter 3: dinner
VAR showed_passport = false
VAR told_cheese = false     // his cover story: trade delegations and cheese quotas
VAR told_parrot = false     // his crafted story: the ambassador's parrot
VAR said_berlin = false     // at dinner he admitted two winters in Berlin (not what he did there)
VAR told_grandfather = false // the grandfather's land: a lie Marcel can undo
VAR owes_vintage = false    // "I'll tell you when the bottle's empty": the ending asks for it
VAR open_dinner = false     // from the door to the toast he met her halfway (dinner_was_open)
VAR asked_her = 0           // questions he has asked about her at dinner (two, then it's her turn again)
VAR dinner_finished = false

// Chapter 4: the garden
VAR garden_done = false
VAR taught_pole_star = false // he showed her the Pole Star from the bench: under the sky she finds it herself

// Chapter 5: Berlin (set by the Berlin flashback, written elsewhere)
VAR courier_identified = false
VAR message_decoded = false
VAR decoded_text = ""
VAR berlin_clean = 0
VAR berlin_tail_won = false  // the tail ended at the handler's bench
VAR berlin_drop_won = false  // the swap at the dead drop was made
VAR cipher_message = ""       // which of the courier's orders was broadcast (its name in [minigames.cipher.messages])
// what he did with the memory (its choices): read by the ending
VAR admitted_fear = false    // he told Sophie he was afraid the whole time
VAR reported_girl = false    // he put the courier's daughter in his report
VAR told_courier = false     // he told Sophie the courier's name, and the girl
VAR confessed_thrill = false // he told Sophie he had never been happier than on that train

// Chapter 6: the ending
VAR ending_id = ""          // "peace", "dawn", "ajar" or "guarded"
VAR stars_traced = 0        // constellations traced with Sophie under the sky

// ---------------------------------------------------------------------------------------------
// What the game does for the story. Each has an Ink fallback so the story runs on its own.
// ---------------------------------------------------------------------------------------------

EXTERNAL start_chapter(id)
EXTERNAL give_item(id)
EXTERNAL play_sound(id)
EXTERNAL go_to_map(map, spawn)
EXTERNAL start_minigame(id)
EXTERNAL set_flag(id)

=== function start_chapter(id) ===
~ return

=== function give_item(id) ===
~ return

=== function play_sound(id) ===
~ return

=== function go_to_map(map, spawn) ===
~ return

=== function start_minigame(id) ===
~ return

=== function set_flag(id) ===
~ return

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

// how many details about Sophie his instincts took in at the door
=== function noticed_count() ===
~ temp n = 0
{ noticed_shoes:
    ~ n = n + 1
}
{ noticed_notebook:
    ~ n = n + 1
}
{ noticed_hands:
    ~ n = n + 1
}
~ return n

// a truth told to Sophie
=== function truth(weight) ===
~ honesty = honesty + weight
~ trust = trust + 1

// a lie told to Sophie (whether she catches it is decided where it is told)
=== function lie() ===
~ honesty = honesty - 1
~ lies_told = lies_told + 1

// she saw through it
=== function caught() ===
~ lies_caught = lies_caught + 1
~ trust = trust - 1


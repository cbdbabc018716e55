"""Stage 4: the fields of one report (actor, place, weapon, casualties, when, confirmation), each a function of the document and the mention."""

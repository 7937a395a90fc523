ui-title = Bonjour
ui-deep = { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { "x" } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } }
ui-continue = Continuer

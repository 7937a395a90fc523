ui-title = Bonjour
ui-continue Continuer

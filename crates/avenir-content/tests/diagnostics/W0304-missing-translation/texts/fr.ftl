ui-title = Vous pensez à rentrer chez vous ?

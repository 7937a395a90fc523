ui-titel = Vous pensez à rentrer chez vous ?

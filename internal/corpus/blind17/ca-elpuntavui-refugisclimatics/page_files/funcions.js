function iniciaPagina(){}
function acceptaCookies(){}
function obreCompartir(){}

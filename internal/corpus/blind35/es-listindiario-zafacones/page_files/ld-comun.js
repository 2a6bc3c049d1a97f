function aceptarCookies(){document.getElementById('cookies-aviso').style.display='none';}
function abrirCompartir(){}
function leerNoticia(){}

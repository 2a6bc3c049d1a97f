function aceptarCookies(){document.getElementById('aviso-cookies').style.display='none'}

function iniciar(){}
function aceitaCookies(){document.getElementById('aviso_cookies').style.display='none'}
function partilhaFB(){}
function partilhaTW(){}

function iniciar(){}
function abrir(u){window.open(u,'partilha','width=600,height=400');return false}
function aceitarCookies(){document.cookie='cookies=1;path=/';document.getElementById('cookies').style.display='none'}

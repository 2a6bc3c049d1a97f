function iniciar(){if(document.cookie.indexOf('ao_cookies=1')>=0){document.getElementById('cookiebar').style.display='none';}}
function aceitarCookies(){document.cookie='ao_cookies=1;path=/;max-age=31536000';document.getElementById('cookiebar').style.display='none';}

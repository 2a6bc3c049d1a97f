function aceptarCookies(){document.cookie='et_cookies=1;path=/;max-age=31536000';document.getElementById('cookies-bar').style.display='none';}

function fecharCookies(){document.getElementById('cookie-notice').style.display='none';document.cookie='nj_cookies=1;path=/';}

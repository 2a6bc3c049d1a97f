function fecharCookies(){document.getElementById('cookie-bar').style.display='none'}

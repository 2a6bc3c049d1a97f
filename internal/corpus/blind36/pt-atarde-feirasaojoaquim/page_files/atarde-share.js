function share(n){window.open('https://atarde.com.br/share/'+n);}function initLazy(){}function aceitarCookies(){document.getElementById('aviso-cookies').style.display='none';}

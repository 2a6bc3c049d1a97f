function inicia(){}
function acceptaGaletes(){document.getElementById('galetes').style.display='none';}
function comparteix(x){}

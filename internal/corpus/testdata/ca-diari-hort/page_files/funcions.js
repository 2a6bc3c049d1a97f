function inicia(){}
function acceptaGaletes(){document.getElementById('avisgaletes').style.display='none';}

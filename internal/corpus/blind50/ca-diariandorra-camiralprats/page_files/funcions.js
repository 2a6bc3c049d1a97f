function acceptaGaletes(){document.getElementById('avis_galetes').style.display='none';}
function iniciaGaletes(){}
function compartirX(){}
function compartirWA(){}

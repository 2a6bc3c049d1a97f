function iniciaPagina(){}function tancaGaletes(){}function compartirX(){return false}function obreLogin(){}

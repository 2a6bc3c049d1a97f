window.__S1={consent:true,ivw:"fussball_3liga"};

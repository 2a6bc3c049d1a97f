window.apConfig={};

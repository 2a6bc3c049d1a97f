window.AZ={};

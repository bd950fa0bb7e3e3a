package be.brussels.pan.rules;
public class Ping { private int n; public Ping(int n){this.n=n;} public int getN(){return n;} }
